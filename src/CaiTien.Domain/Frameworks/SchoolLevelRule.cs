using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>The kind of a <see cref="SchoolLevelRule"/>.</summary>
public enum SchoolLevelRuleKind
{
    /// <summary>Every criterion up to its highest level ≤ n, plus the additional requirements at their level (TT 18).</summary>
    AllCriteriaCumulative = 1,

    /// <summary>All mandatory criteria reach n and at least k of the others do, the rest reaching n − 1 (TT 57 style).</summary>
    MandatoryPlusQuota = 2,
}

/// <summary>
/// How a school's level follows from its criteria's levels. A closed set of rule kinds, chosen by a framework
/// version as data, so that new circulars are expressed without changes to the engine.
/// </summary>
/// <remarks>Immutable. Only the sealed subclasses in this assembly exist.</remarks>
public abstract class SchoolLevelRule
{
    private protected SchoolLevelRule()
    {
    }

    /// <summary>The rule's kind.</summary>
    public abstract SchoolLevelRuleKind Kind { get; }
}

/// <summary>
/// The TT 18/2018 rule (Article 6): a school is at Mức n (n ≤ 3) when every criterion meets its requirements up to
/// min(n, its highest level); at a level that has additional requirements (Mức 4) when it is at the level below and
/// meets all of them.
/// </summary>
public sealed class AllCriteriaCumulativeRule : SchoolLevelRule
{
    /// <summary>The single instance.</summary>
    public static AllCriteriaCumulativeRule Instance { get; } = new();

    private AllCriteriaCumulativeRule()
    {
    }

    /// <inheritdoc/>
    public override SchoolLevelRuleKind Kind => SchoolLevelRuleKind.AllCriteriaCumulative;
}

/// <summary>
/// A rule of the kind the successor circular uses: a school reaches Mức n when all mandatory criteria reach n, at least
/// <see cref="RequiredOthers"/> of the other criteria reach n, and the remaining others reach at least n − 1.
/// </summary>
public sealed class MandatoryPlusQuotaRule : SchoolLevelRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="mandatory">The criteria that must all reach the level.</param>
    /// <param name="requiredOthers">How many of the other criteria must reach the level.</param>
    public MandatoryPlusQuotaRule(IEnumerable<CriterionId> mandatory, int requiredOthers)
    {
        Mandatory = Preconditions.CheckNotNull(mandatory).Distinct().OrderBy(c => c).ToList().AsReadOnly();
        Preconditions.CheckArgumentRange(requiredOthers, 0, 1000);
        RequiredOthers = requiredOthers;
    }

    /// <summary>The mandatory criteria, in order.</summary>
    public IReadOnlyList<CriterionId> Mandatory { get; }

    /// <summary>How many non-mandatory criteria must reach the level.</summary>
    public int RequiredOthers { get; }

    /// <inheritdoc/>
    public override SchoolLevelRuleKind Kind => SchoolLevelRuleKind.MandatoryPlusQuota;
}
