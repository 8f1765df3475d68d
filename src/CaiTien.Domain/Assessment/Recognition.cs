using System.Collections.Generic;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Assessment;

/// <summary>The accreditation grade (cấp độ kiểm định) granted after external evaluation.</summary>
public enum AccreditationGrade
{
    /// <summary>No grade.</summary>
    None = 0,

    /// <summary>Cấp độ 1.</summary>
    Grade1 = 1,

    /// <summary>Cấp độ 2.</summary>
    Grade2 = 2,

    /// <summary>Cấp độ 3.</summary>
    Grade3 = 3,

    /// <summary>Cấp độ 4.</summary>
    Grade4 = 4,
}

/// <summary>The degree of national-standard recognition (trường đạt chuẩn quốc gia).</summary>
public enum NationalStandardDegree
{
    /// <summary>Not recognised.</summary>
    None = 0,

    /// <summary>Chuẩn quốc gia mức độ 1 (from Mức 2).</summary>
    Degree1 = 1,

    /// <summary>Chuẩn quốc gia mức độ 2 (from Mức 3 or higher).</summary>
    Degree2 = 2,
}

/// <summary>What an external evaluation earns a school, with the reasons.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RecognitionResult
{
    internal RecognitionResult(AccreditationGrade grade, NationalStandardDegree degree, IReadOnlyList<BilingualText> reasons)
    {
        Grade = grade;
        Degree = degree;
        Reasons = reasons;
    }

    /// <summary>The accreditation grade, or <see cref="AccreditationGrade.None"/>.</summary>
    public AccreditationGrade Grade { get; }

    /// <summary>The national-standard degree, or <see cref="NationalStandardDegree.None"/>.</summary>
    public NationalStandardDegree Degree { get; }

    /// <summary>Why, one line per conclusion.</summary>
    public IReadOnlyList<BilingualText> Reasons { get; }
}

/// <summary>
/// Recognition under TT 18: accreditation needs a completed cohort and an external evaluation at Mức 1 or higher
/// (khoản 1 Điều 34), at Cấp độ n for Mức n (khoản 2 Điều 34); national standard needs the same cohort and Mức 2 or
/// higher (khoản 1 Điều 37), degree 1 for Mức 2 and degree 2 for Mức 3 or 4 (khoản 2 Điều 37). Each reason cites its
/// clause. Stateless.
/// </summary>
public static class RecognitionEvaluator
{
    /// <summary>Evaluates recognition from an external evaluation.</summary>
    /// <param name="externalEvaluationLevel">The level the external evaluation found, or <c>null</c> when below Mức 1.</param>
    /// <param name="cohortCompleted">Whether at least one cohort has completed the school's programme.</param>
    /// <returns>The grade, degree and reasons.</returns>
    public static RecognitionResult Evaluate(Level? externalEvaluationLevel, bool cohortCompleted)
    {
        var reasons = new List<BilingualText>();
        if (!cohortCompleted)
        {
            reasons.Add(new BilingualText(
                "Chưa có khóa học sinh hoàn thành chương trình giáo dục của nhà trường: chưa đủ điều kiện công nhận (điểm a khoản 1 Điều 34, khoản 1 Điều 37).",
                "No cohort has completed the school's programme yet: not eligible for recognition (Article 34(1)(a), Article 37(1))."));
            return new RecognitionResult(AccreditationGrade.None, NationalStandardDegree.None, reasons);
        }
        if (externalEvaluationLevel is not { } level)
        {
            reasons.Add(new BilingualText(
                "Đánh giá ngoài chưa đạt Mức 1: không được công nhận đạt kiểm định (điểm b khoản 1 Điều 34).",
                "The external evaluation is below Mức 1: not accredited (Article 34(1)(b))."));
            return new RecognitionResult(AccreditationGrade.None, NationalStandardDegree.None, reasons);
        }
        var grade = (AccreditationGrade)level.Value;
        reasons.Add(new BilingualText(
            $"Đánh giá ngoài đạt {level}: công nhận đạt kiểm định chất lượng giáo dục cấp độ {level.Value} (khoản 2 Điều 34).",
            $"External evaluation at {level}: accredited at grade {level.Value} (Article 34(2))."));
        NationalStandardDegree degree = level.Value switch
        {
            >= 3 => NationalStandardDegree.Degree2,
            2 => NationalStandardDegree.Degree1,
            _ => NationalStandardDegree.None,
        };
        reasons.Add(degree == NationalStandardDegree.None
            ? new BilingualText("Chưa đạt Mức 2: chưa đủ điều kiện công nhận đạt chuẩn quốc gia (khoản 1 Điều 37).",
                "Below Mức 2: not eligible for national-standard recognition (Article 37(1)).")
            : new BilingualText($"Đạt {level}: công nhận trường đạt chuẩn quốc gia mức độ {(int)degree} (khoản 2 Điều 37).",
                $"At {level}: recognised as a national-standard school, degree {(int)degree} (Article 37(2))."));
        return new RecognitionResult(grade, degree, reasons);
    }
}

/// <summary>The state of a recognition certificate on a date.</summary>
public enum CertificateStatus
{
    /// <summary>Valid, and re-registration is not yet due.</summary>
    Valid = 1,

    /// <summary>Valid, but the date to register for a new external evaluation has passed.</summary>
    ReRegistrationOverdue = 2,

    /// <summary>Expired.</summary>
    Expired = 3,
}

/// <summary>
/// A recognition certificate's validity: 5 years from issue, with the self-assessment done and a new external evaluation
/// registered at least 5 months before expiry. TT 18 says so for the accreditation certificate (khoản 2 Điều 35) and for
/// the national-standard certificate (khoản 2 Điều 38).
/// </summary>
/// <remarks>Immutable. Computed with NodaTime calendar arithmetic: 29 February plus 5 years falls on 28 February.</remarks>
public sealed class CertificateValidity
{
    /// <summary>Creates the validity of a certificate.</summary>
    /// <param name="issuedOn">The date the certificate was issued.</param>
    public CertificateValidity(LocalDate issuedOn)
    {
        Citation = "khoản 2 Điều 35, khoản 2 Điều 38";
        IssuedOn = issuedOn;
        ExpiresOn = issuedOn.PlusYears(5);
        ReRegistrationDueBy = ExpiresOn.PlusMonths(-5);
    }

    /// <summary>The issue date: the first valid day.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Where TT 18 sets the validity: "khoản 2 Điều 35, khoản 2 Điều 38".</summary>
    public string Citation { get; }

    /// <summary>The first day the certificate is no longer valid (issue date + 5 years).</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>The last valid day.</summary>
    public LocalDate LastValidDay => ExpiresOn.PlusDays(-1);

    /// <summary>The last day to register for a new external evaluation (expiry − 5 months).</summary>
    public LocalDate ReRegistrationDueBy { get; }

    /// <summary>The validity interval, both ends inclusive.</summary>
    public DateInterval ValidPeriod => new(IssuedOn, LastValidDay);

    /// <summary>The certificate's state on a date.</summary>
    /// <param name="date">The date (from an injected clock, in the caller).</param>
    /// <returns>The state.</returns>
    public CertificateStatus StatusOn(LocalDate date)
        => date >= ExpiresOn ? CertificateStatus.Expired
            : date > ReRegistrationDueBy ? CertificateStatus.ReRegistrationOverdue
            : CertificateStatus.Valid;

    /// <summary>The certificate's state today.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The school's time zone (Asia/Ho_Chi_Minh).</param>
    /// <returns>The state.</returns>
    public CertificateStatus StatusNow(IClock clock, DateTimeZone zone)
        => StatusOn(Preconditions.CheckNotNull(clock).GetCurrentInstant().InZone(Preconditions.CheckNotNull(zone)).Date);
}
