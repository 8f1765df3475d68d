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
/// Recognition under TT 18 (Articles 34 and 37): accreditation needs a completed cohort and an external evaluation
/// at Mức 1 or higher (Cấp độ n for Mức n, by analogy with the sister regulations); national standard needs the same
/// cohort and Mức 2 or higher (degree 1 for Mức 2, degree 2 for Mức 3 or 4). Stateless.
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
                "Chưa có khóa học sinh hoàn thành chương trình giáo dục của nhà trường: chưa đủ điều kiện công nhận.",
                "No cohort has completed the school's programme yet: not eligible for recognition."));
            return new RecognitionResult(AccreditationGrade.None, NationalStandardDegree.None, reasons);
        }
        if (externalEvaluationLevel is not { } level)
        {
            reasons.Add(new BilingualText(
                "Đánh giá ngoài chưa đạt Mức 1: không được công nhận đạt kiểm định.",
                "The external evaluation is below Mức 1: not accredited."));
            return new RecognitionResult(AccreditationGrade.None, NationalStandardDegree.None, reasons);
        }
        var grade = (AccreditationGrade)level.Value;
        reasons.Add(new BilingualText(
            $"Đánh giá ngoài đạt {level}: công nhận đạt kiểm định chất lượng giáo dục cấp độ {level.Value}.",
            $"External evaluation at {level}: accredited at grade {level.Value}."));
        NationalStandardDegree degree = level.Value switch
        {
            >= 3 => NationalStandardDegree.Degree2,
            2 => NationalStandardDegree.Degree1,
            _ => NationalStandardDegree.None,
        };
        reasons.Add(degree == NationalStandardDegree.None
            ? new BilingualText("Chưa đạt Mức 2: chưa đủ điều kiện công nhận đạt chuẩn quốc gia.",
                "Below Mức 2: not eligible for national-standard recognition.")
            : new BilingualText($"Đạt {level}: công nhận trường đạt chuẩn quốc gia mức độ {(int)degree}.",
                $"At {level}: recognised as a national-standard school, degree {(int)degree}."));
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
/// A recognition certificate's validity: 5 years from issue, with registration for a new external evaluation due
/// at least 5 months before expiry (stated for TT 17/2018; by analogy for TT 18).
/// </summary>
/// <remarks>Immutable. Computed with NodaTime calendar arithmetic: 29 February plus 5 years falls on 28 February.</remarks>
public sealed class CertificateValidity
{
    /// <summary>Creates the validity of a certificate.</summary>
    /// <param name="issuedOn">The date the certificate was issued.</param>
    public CertificateValidity(LocalDate issuedOn)
    {
        IssuedOn = issuedOn;
        ExpiresOn = issuedOn.PlusYears(5);
        ReRegistrationDueBy = ExpiresOn.PlusMonths(-5);
    }

    /// <summary>The issue date: the first valid day.</summary>
    public LocalDate IssuedOn { get; }

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
