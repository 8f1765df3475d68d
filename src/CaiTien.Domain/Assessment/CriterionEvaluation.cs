using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Assessment;

/// <summary>The level a criterion reaches: the highest level whose indicators, and all below, are met.</summary>
/// <remarks>Immutable. Never above the criterion's highest level.</remarks>
public sealed class CriterionEvaluation
{
    internal CriterionEvaluation(Criterion criterion, int achieved, bool pending)
    {
        Criterion = criterion;
        AchievedValue = achieved;
        IsPending = pending;
    }

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The level reached, or <c>null</c> when not even Mức 1 is met.</summary>
    public Level? Achieved => AchievedValue == 0 ? null : new Level(AchievedValue);

    /// <summary>The level reached as a number, 0 when not even Mức 1 is met.</summary>
    public int AchievedValue { get; }

    /// <summary>
    /// Whether the next level is blocked only by indicators not yet assessed (none not met): the level may rise once
    /// they are assessed.
    /// </summary>
    public bool IsPending { get; }

    /// <summary>Returns "1.1: Mức 2".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Criterion.Id}: {(Achieved?.ToString() ?? "không đạt")}{(IsPending ? " (chờ đánh giá)" : string.Empty)}";
}
