using System;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using NodaTime;

namespace CaiTien.Domain.Tests.Frameworks;

/// <summary>The default values of the small value types are "unset": never valid-looking, and loud wherever a real value is needed.</summary>
public sealed class DefaultValueTests
{
    [Fact]
    public void CriterionId_Default_IsUnsetNotOnePointOne()
    {
        CriterionId unset = default;
        Assert.Equal("(unset)", unset.ToString());
        Assert.NotEqual(new CriterionId(1, 1), unset);
        Assert.True(unset < new CriterionId(1, 1));
        Assert.Throws<InvalidOperationException>(() => unset.Standard);
        Assert.Throws<InvalidOperationException>(() => unset.Number);
        Assert.Throws<ArgumentException>(() => new PlanItem(unset));
        Assert.Throws<ArgumentException>(() => new ReportRow(unset));
        Assert.Throws<ArgumentException>(() => new SelfAssessmentRow(unset, Level.One));
        Assert.Null(KnownFrameworks.Tt18.FindCriterion(unset));
    }

    [Fact]
    public void Level_Default_IsUnsetNotMucOne()
    {
        Level unset = default;
        Assert.Equal("(unset)", unset.ToString());
        Assert.NotEqual(Level.One, unset);
        Assert.NotEqual(Level.NotMet, unset);
        Assert.True(unset < Level.NotMet && Level.NotMet < Level.One);
        Assert.Throws<InvalidOperationException>(() => unset.Value);
        Assert.Throws<ArgumentException>(() => new PlanItem("Tiêu chí 1.1") { TargetLevel = unset });
        Assert.Throws<ArgumentException>(() => new PlanItem("Tiêu chí 1.1") { CurrentLevel = unset });
        Assert.Throws<ArgumentException>(() => new ImprovementPlan(KnownFrameworks.Tt18, new SchoolYear(2023)) { TargetSchoolLevel = unset });
        Assert.Throws<InvalidOperationException>(() => KnownFrameworks.Tt18.Criteria[0].IndicatorsAt(unset));
    }

    [Fact]
    public void Level_NotMet_IsARealLevelBelowMucOne()
    {
        Assert.Equal(0, Level.NotMet.Value);
        Assert.Equal("Không đạt", Level.NotMet.ToString());
        Assert.Equal(Level.NotMet, Level.Parse("không đạt").Value);
        Assert.Empty(KnownFrameworks.Tt18.Criteria[0].IndicatorsAt(Level.NotMet));
        Assert.Equal(Level.NotMet, new PlanItem("Tiêu chí 1.1") { CurrentLevel = Level.NotMet }.CurrentLevel);
    }

    [Fact]
    public void SchoolYear_Default_IsUnsetNot2000()
    {
        SchoolYear unset = default;
        Assert.Equal("(unset)", unset.ToString());
        Assert.NotEqual(new SchoolYear(2000), unset);
        Assert.True(unset < new SchoolYear(SchoolYear.MinStartYear));
        Assert.Throws<InvalidOperationException>(() => unset.StartYear);
        Assert.Throws<InvalidOperationException>(() => unset.AdministrativeYear);
        Assert.Throws<InvalidOperationException>(() => unset.Contains(new LocalDate(2000, 9, 1)));
        Assert.Throws<ArgumentException>(() => new ImprovementPlan(KnownFrameworks.Tt18, unset));
        Assert.Throws<ArgumentException>(() => new ImplementationReport { StatedSchoolYear = unset });
        Assert.Throws<ArgumentException>(() => CalendarProvider.National.For(unset));
        Assert.Throws<ArgumentException>(() => TimeframeParser.Parse("HKI", unset));
    }

    [Fact]
    public void Identifiers_Default_IsEmptyAndNamesNothing()
    {
        Assert.True(default(PlanId).IsEmpty);
        Assert.Equal(string.Empty, default(SchoolId).Value);
        Assert.False(new ReportId("bc-1").IsEmpty);
        Assert.False(FrameworkId.Parse("").Success);
        Assert.Throws<ArgumentException>(() => new PlanId("Has Capitals"));
    }
}
