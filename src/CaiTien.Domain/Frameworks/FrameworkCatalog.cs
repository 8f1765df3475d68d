using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
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
    public static FrameworkCatalog Default { get; } = new(KnownFrameworks.All);

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

    /// <summary>
    /// Binds a document of a school year to its framework version: the version in force on the document's issue date
    /// when that date lies in the school year (1 August to 31 July), otherwise the one in force on the year's opening
    /// day. Reports, supervision records and progress use their plan's version.
    /// </summary>
    /// <param name="schoolYear">The document's school year.</param>
    /// <param name="issuedOn">Its issue date, if it has one.</param>
    /// <param name="schoolType">The kind of school.</param>
    /// <param name="calendars">The calendars that give the opening day (national by default).</param>
    /// <returns>The binding, or a failure naming the gap.</returns>
    public FrameworkBinding Bind(SchoolYear schoolYear, LocalDate? issuedOn, SchoolType schoolType, CalendarProvider? calendars = null)
        => FrameworkBinding.Bind(Frameworks, schoolYear, issuedOn, schoolType, calendars ?? CalendarProvider.National);
}
