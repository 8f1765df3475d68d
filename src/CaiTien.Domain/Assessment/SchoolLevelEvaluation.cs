using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Assessment;

/// <summary>A school's level under its framework's rule, each criterion's level, and what blocks each higher level.</summary>
/// <remarks>Immutable.</remarks>
public sealed class SchoolLevelEvaluation
{
    internal SchoolLevelEvaluation(FrameworkVersion framework, int achieved, IReadOnlyList<CriterionEvaluation> criteria, IReadOnlyList<LevelGap> gaps)
    {
        Framework = framework;
        AchievedValue = achieved;
        Criteria = criteria;
        Gaps = gaps;
    }

    /// <summary>The framework version.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The school's level, or <c>null</c> when it does not reach Mức 1.</summary>
    public Level? Achieved => AchievedValue == 0 ? null : new Level(AchievedValue);

    /// <summary>The school's level as a number, 0 when it does not reach Mức 1.</summary>
    public int AchievedValue { get; }

    /// <summary>Each criterion's evaluation, in framework order.</summary>
    public IReadOnlyList<CriterionEvaluation> Criteria { get; }

    /// <summary>For each level above the one reached, up to the framework's highest, what blocks it (lowest first).</summary>
    public IReadOnlyList<LevelGap> Gaps { get; }

    /// <summary>The gap to the next level, or <c>null</c> at the framework's highest level.</summary>
    public LevelGap? NextLevelGap => Gaps.Count > 0 ? Gaps[0] : null;

    /// <summary>The evaluation of one criterion.</summary>
    /// <param name="id">The criterion.</param>
    /// <returns>Its evaluation, or <c>null</c> when the framework has none such.</returns>
    public CriterionEvaluation? ForCriterion(CriterionId id) => Criteria.FirstOrDefault(c => c.Criterion.Id == id);

    /// <summary>An explanation: the level reached and what blocks the next one.</summary>
    /// <returns>The explanation in Vietnamese and English.</returns>
    public BilingualText Describe()
    {
        string vi = Achieved is { } a ? $"Trường đạt {a}." : "Trường chưa đạt Mức 1.";
        string en = Achieved is { } b ? $"The school is at {b}." : "The school does not reach Mức 1.";
        if (NextLevelGap is { } gap)
        {
            BilingualText next = gap.Describe();
            vi += " " + next.Vietnamese;
            en += " " + next.English;
        }
        return new BilingualText(vi, en);
    }
}
