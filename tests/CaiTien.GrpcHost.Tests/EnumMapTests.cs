using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using CaiTien.GrpcHost.Mapping;

namespace CaiTien.GrpcHost.Tests;

/// <summary>Every enum map, walked from both sides: each domain value has its own proto value and back, and each proto value but UNSPECIFIED has a domain value.</summary>
public sealed class EnumMapTests
{
    public static TheoryData<string> Maps()
    {
        var data = new TheoryData<string>();
        foreach (FieldInfo f in All())
        {
            data.Add(f.Name);
        }
        return data;
    }

    private static FieldInfo[] All() => typeof(EnumMaps).GetFields(BindingFlags.Static | BindingFlags.Public)
        .Concat(new[] { typeof(RevisionMapper).GetField(nameof(RevisionMapper.Actions))! })
        .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(EnumMap<,>)).ToArray();

    [Fact]
    public void EveryEnumOfTheContract_HasAMap()
    {
        var mapped = All().Select(f => f.FieldType.GetGenericArguments()[1]).ToHashSet();
        // Enums that exist only on the wire (views, states and actions of the host) need no domain side.
        var wireOnly = new[] { typeof(V1.FrameworkView), typeof(V1.DocumentState) };
        var contract = typeof(V1.Plan).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == "CaiTien.V1" && !t.IsNested).ToList();
        Assert.True(contract.Count >= 10);
        Assert.Empty(contract.Where(t => !mapped.Contains(t) && !wireOnly.Contains(t)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void BothSides_EveryValueOnce(string name)
    {
        FieldInfo field = All().Single(f => f.Name == name);
        object map = field.GetValue(null)!;
        Type domain = field.FieldType.GetGenericArguments()[0];
        Type proto = field.FieldType.GetGenericArguments()[1];
        var pairs = ((IEnumerable)field.FieldType.GetProperty("Pairs")!.GetValue(map)!).Cast<object>()
            .Select(p => (Domain: p.GetType().GetProperty("Key")!.GetValue(p)!, Proto: p.GetType().GetProperty("Value")!.GetValue(p)!)).ToList();

        Assert.Equal(Enum.GetValues(domain).Cast<object>().OrderBy(v => v), pairs.Select(p => p.Domain).OrderBy(v => v));
        Assert.Equal(pairs.Count, pairs.Select(p => p.Proto).Distinct().Count());
        var protoValues = Enum.GetValues(proto).Cast<object>().Where(v => Convert.ToInt32(v) != 0 || pairs.Any(p => Equals(p.Proto, v)));
        Assert.Equal(protoValues.OrderBy(v => v), pairs.Select(p => p.Proto).OrderBy(v => v));
        MethodInfo toProto = field.FieldType.GetMethod("ToProto")!;
        MethodInfo toDomain = field.FieldType.GetMethod("ToDomain")!;
        foreach (var (d, p) in pairs)
        {
            Assert.Equal(p, toProto.Invoke(map, new[] { d }));
            Assert.Equal(d, toDomain.Invoke(map, new[] { p }));
        }
        Assert.Null(toDomain.Invoke(map, new[] { Enum.ToObject(proto, 9999) }));
        Assert.Throws<TargetInvocationException>(() => toProto.Invoke(map, new[] { Enum.ToObject(domain, 9999) }));
    }
}
