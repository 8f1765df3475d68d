using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using NodaTime;
using NodaTime.Testing;

namespace CaiTien.Domain.Tests.Assessment;

public sealed class RecognitionTests
{
    [Theory]
    [InlineData(0, true, AccreditationGrade.None, NationalStandardDegree.None)]
    [InlineData(1, true, AccreditationGrade.Grade1, NationalStandardDegree.None)]
    [InlineData(2, true, AccreditationGrade.Grade2, NationalStandardDegree.Degree1)]
    [InlineData(3, true, AccreditationGrade.Grade3, NationalStandardDegree.Degree2)]
    [InlineData(4, true, AccreditationGrade.Grade4, NationalStandardDegree.Degree2)]
    [InlineData(3, false, AccreditationGrade.None, NationalStandardDegree.None)]
    public void Evaluate_LevelAndCohort_GradeAndDegree(int level, bool cohort, AccreditationGrade grade, NationalStandardDegree degree)
    {
        var result = RecognitionEvaluator.Evaluate(level == 0 ? null : new Level(level), cohort);
        Assert.Equal(grade, result.Grade);
        Assert.Equal(degree, result.Degree);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void CertificateValidity_FiveYearsAndReRegistrationFiveMonthsBefore()
    {
        var validity = new CertificateValidity(new LocalDate(2022, 11, 29));
        Assert.Equal(new LocalDate(2027, 11, 29), validity.ExpiresOn);
        Assert.Equal(new LocalDate(2027, 11, 28), validity.LastValidDay);
        Assert.Equal(new LocalDate(2027, 6, 29), validity.ReRegistrationDueBy);
        Assert.Equal(CertificateStatus.Valid, validity.StatusOn(new LocalDate(2027, 6, 29)));
        Assert.Equal(CertificateStatus.ReRegistrationOverdue, validity.StatusOn(new LocalDate(2027, 6, 30)));
        Assert.Equal(CertificateStatus.Expired, validity.StatusOn(new LocalDate(2027, 11, 29)));
    }

    [Fact]
    public void CertificateValidity_IssuedOnLeapDay_ExpiresOn28February()
        => Assert.Equal(new LocalDate(2029, 2, 28), new CertificateValidity(new LocalDate(2024, 2, 29)).ExpiresOn);

    [Fact]
    public void CertificateValidity_StatusNow_UsesInjectedClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 3, 0));
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        Assert.Equal(CertificateStatus.Valid, new CertificateValidity(new LocalDate(2022, 11, 29)).StatusNow(clock, zone));
        Assert.Equal(CertificateStatus.Expired, new CertificateValidity(new LocalDate(2021, 11, 23)).StatusNow(clock, zone));
    }
}
