using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// One version of an accreditation framework: its legal document, when it is in force, which schools it applies to,
/// its standards, criteria and indicators, its additional requirements and its school-level rule.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Plans, reports and assessments are bound to one version. Build one in code with
/// <see cref="FrameworkBuilder"/>; TT 18/2018 ships as <see cref="KnownFrameworks.Tt18"/>.
/// </remarks>
public sealed class FrameworkVersion
{
    private readonly Dictionary<CriterionId, Criterion> criteriaById;
    private readonly Indicator[] indicatorsByOrdinal;

    internal FrameworkVersion(FrameworkBuilder builder, IReadOnlyList<Standard> standards, IReadOnlyList<AdditionalRequirement> additional)
    {
        Id = builder.Id;
        LegalDocument = builder.LegalDocument;
        Title = builder.Title;
        Issuer = builder.Issuer;
        IssuedOn = builder.IssuedOn;
        EffectiveFrom = builder.EffectiveFrom;
        EffectiveUntil = builder.EffectiveUntil;
        SchoolTypes = builder.SchoolTypes.ToList().AsReadOnly();
        LevelCount = builder.LevelCount;
        Rule = builder.Rule;
        Provenance = builder.TextProvenance;
        ValidityProvenance = builder.ValidityProvenance;
        BasedOn = builder.BasedOn;
        AmendedBy = builder.AmendedBy;
        EvidenceCodeForm = builder.EvidenceCodeForm;
        PlanForm = builder.PlanForm;
        Standards = standards;
        AdditionalRequirements = additional;
        Criteria = standards.SelectMany(s => s.Criteria).ToList().AsReadOnly();
        criteriaById = Criteria.ToDictionary(c => c.Id);
        indicatorsByOrdinal = Criteria.SelectMany(c => c.Indicators).OrderBy(i => i.Ordinal).ToArray();
    }

    /// <summary>The version's identifier ("tt18-2018").</summary>
    public FrameworkId Id { get; }

    /// <summary>The legal document ("Thông tư 18/2018/TT-BGDĐT").</summary>
    public string LegalDocument { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>Who issued it.</summary>
    public string Issuer { get; }

    /// <summary>The date it was issued.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The first day it is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day it is in force, or <c>null</c> while no successor is known.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The kinds of school it applies to.</summary>
    public IReadOnlyList<SchoolType> SchoolTypes { get; }

    /// <summary>How many levels it defines (4 for TT 18).</summary>
    public int LevelCount { get; }

    /// <summary>The highest level it defines.</summary>
    public Level HighestLevel => new(LevelCount);

    /// <summary>How the school's level follows from the criteria.</summary>
    public SchoolLevelRule Rule { get; }

    /// <summary>Where the version's text comes from and how certain it is (criteria and indicators may say more).</summary>
    public Provenance Provenance { get; }

    /// <summary>Where the effective dates come from and how certain they are.</summary>
    public Provenance ValidityProvenance { get; }

    /// <summary>For an amended version, the version it amends ("tt18-2018"); otherwise <c>null</c>.</summary>
    public FrameworkId? BasedOn { get; }

    /// <summary>For an amended version, the amending document ("Thông tư 22/2024/TT-BGDĐT"); otherwise empty.</summary>
    public string AmendedBy { get; }

    /// <summary>How its documents write evidence codes.</summary>
    public EvidenceCodeForm EvidenceCodeForm { get; }

    /// <summary>The form of its improvement plan.</summary>
    public PlanForm PlanForm { get; }

    /// <summary>Whether every text of the version (titles, names, indicators, additional requirements) is verified.</summary>
    public bool IsVerified => Provenance.IsVerified && Standards.All(s => s.Provenance.IsVerified)
        && Criteria.All(c => c.Provenance.IsVerified && c.Indicators.All(i => i.Provenance.IsVerified))
        && AdditionalRequirements.All(a => a.Provenance.IsVerified);

    /// <summary>The standards, in order.</summary>
    public IReadOnlyList<Standard> Standards { get; }

    /// <summary>Every criterion, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>School-wide requirements beyond the criteria (TT 18's six level-4 items).</summary>
    public IReadOnlyList<AdditionalRequirement> AdditionalRequirements { get; }

    /// <summary>How many indicators the version has in all; indicator ordinals run from 0 to this − 1.</summary>
    public int IndicatorCount => indicatorsByOrdinal.Length;

    /// <summary>Finds a criterion.</summary>
    /// <param name="id">The criterion's identifier.</param>
    /// <returns>The criterion, or <c>null</c> when the framework has none such.</returns>
    public Criterion? FindCriterion(CriterionId id) => criteriaById.TryGetValue(id, out Criterion? c) ? c : null;

    /// <summary>Finds a standard.</summary>
    /// <param name="number">The standard's number.</param>
    /// <returns>The standard, or <c>null</c> when the framework has none such.</returns>
    public Standard? FindStandard(StandardNumber number)
        => number.Value <= Standards.Count ? Standards[number.Value - 1] : null;

    /// <summary>The indicator with the given ordinal.</summary>
    /// <param name="ordinal">0 to <see cref="IndicatorCount"/> − 1.</param>
    /// <returns>The indicator.</returns>
    public Indicator GetIndicator(int ordinal)
    {
        Preconditions.CheckArgumentRange(ordinal, 0, indicatorsByOrdinal.Length - 1);
        return indicatorsByOrdinal[ordinal];
    }

    /// <summary>Whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> from <see cref="EffectiveFrom"/> to <see cref="EffectiveUntil"/> inclusive.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Whether the version applies to a kind of school.</summary>
    /// <param name="schoolType">The kind of school.</param>
    /// <returns>Whether it is listed.</returns>
    public bool AppliesTo(SchoolType schoolType) => SchoolTypes.Contains(schoolType);

    /// <summary>Returns "id (legal document)".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({LegalDocument})";
}
