using System.Collections.Generic;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// The Ministry's frame for one school year (khung kế hoạch thời gian năm học): the decision and its dates. Deadlines
/// are stored as written ("before date X"); <see cref="SchoolCalendar"/> applies the <see cref="DeadlineMode"/>.
/// </summary>
/// <remarks>Immutable. A year whose decision is not known is provisional, built from the usual pattern.</remarks>
public sealed class NationalFrame
{
    internal NationalFrame(SchoolYear year, string decision, LocalDate? decisionDate, LocalDate? earliestReportDay, LocalDate opening,
        LocalDate semesterOneEndsBefore, LocalDate? teachingEndsBefore, LocalDate yearEndsBefore, LocalDate completionReviewBefore,
        LocalDate admissionsBefore, int weeksSemesterOne, int weeksSemesterTwo, DateInterval? graduationExam, LocalDate tet,
        bool isProvisional, IReadOnlyList<string> notes)
    {
        Year = year;
        Decision = Preconditions.CheckNotNull(decision);
        DecisionDate = decisionDate;
        EarliestReportDay = earliestReportDay ?? opening.PlusDays(-7);
        ReportDayIsRelative = earliestReportDay is null;
        Opening = opening;
        SemesterOneEndsBefore = semesterOneEndsBefore;
        TeachingEndsBefore = teachingEndsBefore;
        YearEndsBefore = yearEndsBefore;
        CompletionReviewBefore = completionReviewBefore;
        AdmissionsBefore = admissionsBefore;
        WeeksSemesterOne = weeksSemesterOne;
        WeeksSemesterTwo = weeksSemesterTwo;
        GraduationExam = graduationExam;
        Tet = tet;
        IsProvisional = isProvisional;
        Notes = notes;
    }

    /// <summary>The school year.</summary>
    public SchoolYear Year { get; }

    /// <summary>The decision ("QĐ 2171/QĐ-BGDĐT"), or a note that none is known.</summary>
    public string Decision { get; }

    /// <summary>The decision's date, when known.</summary>
    public LocalDate? DecisionDate { get; }

    /// <summary>The earliest report day (tựu trường). From 2022-2023 the frame says "one week before opening".</summary>
    public LocalDate EarliestReportDay { get; }

    /// <summary>Whether the report day is derived as one week before opening rather than a fixed date.</summary>
    public bool ReportDayIsRelative { get; }

    /// <summary>The opening day (khai giảng).</summary>
    public LocalDate Opening { get; }

    /// <summary>Semester I ends before this date.</summary>
    public LocalDate SemesterOneEndsBefore { get; }

    /// <summary>Semester II teaching ends before this date, when the frame gives a separate deadline (25/5 in most years).</summary>
    public LocalDate? TeachingEndsBefore { get; }

    /// <summary>The school year ends before this date.</summary>
    public LocalDate YearEndsBefore { get; }

    /// <summary>The completion review (xét công nhận hoàn thành chương trình) is done before this date.</summary>
    public LocalDate CompletionReviewBefore { get; }

    /// <summary>Admissions to first grades (lớp 10 in the early frames) are done before this date.</summary>
    public LocalDate AdmissionsBefore { get; }

    /// <summary>Teaching weeks in semester I for THCS/THPT.</summary>
    public int WeeksSemesterOne { get; }

    /// <summary>Teaching weeks in semester II.</summary>
    public int WeeksSemesterTwo { get; }

    /// <summary>Total teaching weeks.</summary>
    public int TeachingWeeks => WeeksSemesterOne + WeeksSemesterTwo;

    /// <summary>The national upper-secondary graduation exam days that fall in this year's summer, when known.</summary>
    public DateInterval? GraduationExam { get; }

    /// <summary>The first day of the lunar new year (Tết) in this school year, computed from the lunar calendar.</summary>
    public LocalDate Tet { get; }

    /// <summary>Whether the frame is provisional (no decision known); its dates follow the usual pattern.</summary>
    public bool IsProvisional { get; }

    /// <summary>Notes on verification and changes (COVID amendments, unverified dates).</summary>
    public IReadOnlyList<string> Notes { get; }
}
