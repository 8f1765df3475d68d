using CaiTien.Domain.Frameworks;
using NodaTime;

namespace CaiTien.Domain.Tests.Frameworks;

/// <summary>
/// A framework built in code the way the reference describes the successor circular: 4 standards, 15 criteria,
/// 2 levels, 8 mandatory criteria (1.3, 1.4, 2.1, 2.2, 3.1, 3.2, 4.1, 4.2) and at least 5 of the other 7.
/// Its texts are placeholders; only the structure and the rule matter.
/// </summary>
internal static class Tt57Like
{
    public static readonly CriterionId[] Mandatory =
    {
        new(1, 3), new(1, 4), new(2, 1), new(2, 2), new(3, 1), new(3, 2), new(4, 1), new(4, 2),
    };

    // 1.1-1.5, 2.1-2.4, 3.1-3.4, 4.1-4.2 = 15 criteria; the others are 1.1, 1.2, 1.5, 2.3, 2.4, 3.3, 3.4.
    private static readonly int[] CriteriaPerStandard = { 5, 4, 4, 2 };

    public static FrameworkVersion Build()
    {
        var b = new FrameworkBuilder(new FrameworkId("tt57-2026"), "Thông tư 57/2026/TT-BGDĐT", "(successor, structure only)",
                new LocalDate(2026, 5, 22), new LocalDate(2026, 7, 7), 2, new MandatoryPlusQuotaRule(Mandatory, 5))
            .ForSchoolType(SchoolType.LowerSecondary)
            .ForSchoolType(SchoolType.UpperSecondary);
        for (int s = 1; s <= CriteriaPerStandard.Length; s++)
        {
            b.AddStandard(s, $"Tiêu chuẩn {s}");
            for (int n = 1; n <= CriteriaPerStandard[s - 1]; n++)
            {
                var id = new CriterionId(s, n);
                b.AddCriterion(id, $"Tiêu chí {id}")
                    .AddIndicator(id, Level.One, IndicatorKey.FromChar('a'), "a")
                    .AddIndicator(id, Level.One, IndicatorKey.FromChar('b'), "b")
                    .AddIndicator(id, Level.Two, IndicatorKey.Unlettered, "*");
            }
        }
        return b.Build();
    }
}
