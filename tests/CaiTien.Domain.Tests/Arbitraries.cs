using System.Linq;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using FsCheck;
using FsCheck.Fluent;

namespace CaiTien.Domain.Tests;

/// <summary>FsCheck generators for the domain's values, in one place.</summary>
public static class Arbitraries
{
    public static Arbitrary<CriterionId> CriterionIds()
        => Gen.Choose(1, 99).SelectMany(s => Gen.Choose(1, 99), (s, n) => new CriterionId(s, n)).ToArbitrary();

    public static Arbitrary<StandardNumber> StandardNumbers() => Gen.Choose(1, 99).Select(n => new StandardNumber(n)).ToArbitrary();

    public static Arbitrary<Level> Levels() => Gen.Choose(1, 4).Select(n => new Level(n)).ToArbitrary();

    public static Arbitrary<IndicatorKey> IndicatorKeys()
        => Gen.Elements("*abcdefghijklmnopqrstuvwxyz".ToCharArray()).Select(IndicatorKey.FromChar).ToArbitrary();

    /// <summary>Evidence codes of both forms: TT 18 era "[H1-1.1-01]" (box 0 here stands for the TT 57 form "MC.1.1.01").</summary>
    public static Arbitrary<EvidenceCode> EvidenceCodes()
        => Gen.Choose(0, 999).SelectMany(_ => CriterionIds().Generator, (box, c) => (box, c))
            .SelectMany(_ => Gen.Choose(1, 999), (t, item) => t.box == 0 ? EvidenceCode.Mc(t.c, item) : new EvidenceCode(t.box, t.c, item)).ToArbitrary();

    /// <summary>A TT 18 assessment with every indicator and level-4 item drawn from the three results.</summary>
    public static Arbitrary<AssessmentSheet> Tt18Sheets() => SheetsFor(KnownFrameworks.Tt18).ToArbitrary();

    public static Gen<AssessmentSheet> SheetsFor(FrameworkVersion framework)
    {
        Gen<IndicatorResult> result = Gen.Frequency(
            (6, Gen.Constant(IndicatorResult.Met)),
            (1, Gen.Constant(IndicatorResult.NotMet)),
            (1, Gen.Constant(IndicatorResult.NotAssessed)));
        return result.ArrayOf(framework.IndicatorCount).SelectMany(
            _ => result.ArrayOf(framework.AdditionalRequirements.Count),
            (indicators, additional) =>
            {
                var builder = AssessmentSheet.CreateBuilder(framework);
                for (int i = 0; i < indicators.Length; i++)
                {
                    builder.Set(framework.GetIndicator(i), indicators[i]);
                }
                for (int a = 0; a < additional.Length; a++)
                {
                    builder.TrySetAdditional(framework.AdditionalRequirements[a].Clause, additional[a]);
                }
                return builder.Build();
            });
    }
}
