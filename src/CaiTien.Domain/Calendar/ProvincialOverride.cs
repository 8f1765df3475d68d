using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>A named break in a school year (Tết, mid-term), set by a province.</summary>
/// <remarks>Immutable.</remarks>
public sealed class SchoolBreak
{
    /// <summary>Creates a break.</summary>
    /// <param name="name">Its name ("Nghỉ Tết Nguyên đán").</param>
    /// <param name="days">Its days, both ends inclusive.</param>
    public SchoolBreak(string name, DateInterval days)
    {
        Name = Preconditions.CheckNotNull(name);
        Days = Preconditions.CheckNotNull(days);
    }

    /// <summary>The break's name.</summary>
    public string Name { get; }

    /// <summary>Its days.</summary>
    public DateInterval Days { get; }
}

/// <summary>
/// A province's calendar for one school year, layered on the national frame: its own dates where it sets them, and its
/// breaks. It never changes the national data.
/// </summary>
/// <remarks>Immutable. Dates left <c>null</c> come from the national frame.</remarks>
public sealed class ProvincialOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="province">The province ("Thành phố Hồ Chí Minh").</param>
    /// <param name="year">The school year.</param>
    /// <param name="reportDay">The report day, if the province sets it.</param>
    /// <param name="opening">The opening day, if set.</param>
    /// <param name="semesterOneEndsBefore">Semester I deadline, if set.</param>
    /// <param name="yearEndsBefore">Year-end deadline, if set.</param>
    /// <param name="breaks">The province's breaks.</param>
    public ProvincialOverride(string province, SchoolYear year, LocalDate? reportDay = null, LocalDate? opening = null,
        LocalDate? semesterOneEndsBefore = null, LocalDate? yearEndsBefore = null, IEnumerable<SchoolBreak>? breaks = null)
    {
        Province = Preconditions.CheckNotNull(province);
        Year = year;
        ReportDay = reportDay;
        Opening = opening;
        SemesterOneEndsBefore = semesterOneEndsBefore;
        YearEndsBefore = yearEndsBefore;
        Breaks = (breaks ?? Enumerable.Empty<SchoolBreak>()).OrderBy(b => b.Days.Start).ToList().AsReadOnly();
    }

    /// <summary>The province.</summary>
    public string Province { get; }

    /// <summary>The school year.</summary>
    public SchoolYear Year { get; }

    /// <summary>The province's report day, or <c>null</c> for the national one.</summary>
    public LocalDate? ReportDay { get; }

    /// <summary>The province's opening, or <c>null</c>.</summary>
    public LocalDate? Opening { get; }

    /// <summary>The province's semester I deadline, or <c>null</c>.</summary>
    public LocalDate? SemesterOneEndsBefore { get; }

    /// <summary>The province's year-end deadline, or <c>null</c>.</summary>
    public LocalDate? YearEndsBefore { get; }

    /// <summary>The province's breaks, in date order.</summary>
    public IReadOnlyList<SchoolBreak> Breaks { get; }
}
