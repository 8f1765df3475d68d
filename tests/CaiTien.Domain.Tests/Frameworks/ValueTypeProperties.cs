using System;
using CaiTien.Domain.Frameworks;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Frameworks;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
public sealed class ValueTypeProperties
{
    [Property]
    public bool CriterionId_ParseOfToString_RoundTrips(CriterionId id) => CriterionId.Parse(id.ToString()).Value == id;

    [Property]
    public bool CriterionId_ParseOfDocumentLabel_RoundTrips(CriterionId id) => CriterionId.Parse($"Tiêu chí {id}").Value == id;

    [Property]
    public bool StandardNumber_ParseOfToString_RoundTrips(StandardNumber n) => StandardNumber.Parse(n.ToString()).Value == n;

    [Property]
    public bool Level_ParseOfToString_RoundTrips(Level level) => Level.Parse(level.ToString()).Value == level;

    [Property]
    public bool IndicatorKey_ParseOfToString_RoundTrips(IndicatorKey key) => IndicatorKey.Parse(key.ToString()).Value == key;

    [Property]
    public bool EvidenceCode_ParseOfToString_RoundTrips(EvidenceCode code) => EvidenceCode.Parse(code.ToString()).Value == code;

    [Property]
    public bool CriterionId_Ordering_ConsistentWithEquality(CriterionId a, CriterionId b)
        => (a.CompareTo(b) == 0) == (a == b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (a == b) == (a.GetHashCode() == b.GetHashCode());

    [Property]
    public bool EvidenceCode_Ordering_ConsistentWithEquality(EvidenceCode a, EvidenceCode b)
        => (a.CompareTo(b) == 0) == a.Equals(b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));
}
