using System;
using System.Collections.Generic;
using System.Linq;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>
/// An explicit map between a domain enum and its proto enum, pair by pair: no casts between their numbers and no names
/// as strings on the wire. EnumMapTests walk both sides of every map.
/// </summary>
internal sealed class EnumMap<TDomain, TProto>
    where TDomain : struct, Enum
    where TProto : struct, Enum
{
    private readonly Dictionary<TDomain, TProto> toProto;
    private readonly Dictionary<TProto, TDomain> toDomain;

    public EnumMap(params (TDomain Domain, TProto Proto)[] pairs)
    {
        toProto = pairs.ToDictionary(p => p.Domain, p => p.Proto);
        toDomain = pairs.ToDictionary(p => p.Proto, p => p.Domain);
    }

    public IReadOnlyDictionary<TDomain, TProto> Pairs => toProto;

    public TProto ToProto(TDomain value) => toProto.TryGetValue(value, out TProto proto) ? proto
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TDomain).Name}.{value} has no {typeof(TProto).Name}");

    /// <summary>The domain value, or <c>null</c> for a proto value with none (UNSPECIFIED, or a number the contract does not define).</summary>
    public TDomain? ToDomain(TProto value) => toDomain.TryGetValue(value, out TDomain domain) ? domain : null;
}
