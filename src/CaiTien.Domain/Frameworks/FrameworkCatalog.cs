using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Frameworks;

/// <summary>A registry of framework versions that answers which one is in force on a date for a kind of school.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FrameworkCatalog
{
    private readonly Dictionary<FrameworkId, FrameworkVersion> byId;

    /// <summary>Creates a catalog.</summary>
    /// <param name="frameworks">The versions; identifiers must be distinct.</param>
    public FrameworkCatalog(IEnumerable<FrameworkVersion> frameworks)
    {
        Frameworks = Preconditions.CheckNotNull(frameworks).OrderBy(f => f.EffectiveFrom).ToList().AsReadOnly();
        byId = new Dictionary<FrameworkId, FrameworkVersion>();
        foreach (FrameworkVersion framework in Frameworks)
        {
            Preconditions.CheckArgument(byId.TryAdd(framework.Id, framework), $"Duplicate framework id '{framework.Id}'.");
        }
    }

    /// <summary>The catalog of the versions shipped with the library.</summary>
    public static FrameworkCatalog Default { get; } = new(new[] { KnownFrameworks.Tt18 });

    /// <summary>The versions, oldest first.</summary>
    public IReadOnlyList<FrameworkVersion> Frameworks { get; }

    /// <summary>Finds a version by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The version, or <c>null</c>.</returns>
    public FrameworkVersion? Find(FrameworkId id) => byId.TryGetValue(id, out FrameworkVersion? f) ? f : null;

    /// <summary>The version in force on a date for a kind of school; the most recently effective one when several are.</summary>
    /// <param name="date">The date.</param>
    /// <param name="schoolType">The kind of school.</param>
    /// <returns>The version, or <c>null</c> when none known is in force.</returns>
    public FrameworkVersion? FindInForce(LocalDate date, SchoolType schoolType)
    {
        for (int i = Frameworks.Count - 1; i >= 0; i--)
        {
            if (Frameworks[i].IsInForceOn(date) && Frameworks[i].AppliesTo(schoolType))
            {
                return Frameworks[i];
            }
        }
        return null;
    }
}
