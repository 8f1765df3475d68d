using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Tests.Serialization;

/// <summary>
/// Compares two domain values property by property (public instance properties, lists element by element), so that a
/// round trip that loses any field is caught, not only the fields some rule looks at.
/// </summary>
internal static class DeepEquality
{
    /// <summary>The first difference as "path: a ≠ b", or <c>null</c> when they are the same.</summary>
    public static string? Difference(object? a, object? b, string path = "$", int depth = 0)
    {
        if (depth > 12)
        {
            return null;
        }
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: {a ?? "null"} ≠ {b ?? "null"}";
        }
        if (a is IEnumerable list && a is not string)
        {
            object?[] x = list.Cast<object?>().ToArray();
            object?[] y = ((IEnumerable)b).Cast<object?>().ToArray();
            if (x.Length != y.Length)
            {
                return $"{path}: {x.Length} items ≠ {y.Length}";
            }
            return Enumerable.Range(0, x.Length).Select(i => Difference(x[i], y[i], $"{path}[{i}]", depth + 1)).FirstOrDefault(d => d is not null);
        }
        Type type = a.GetType();
        if (type != b.GetType())
        {
            return $"{path}: {type.Name} ≠ {b.GetType().Name}";
        }
        if (a is FrameworkVersion)
        {
            return ReferenceEquals(a, b) ? null : $"{path}: another framework";
        }
        if (a is string || type.IsValueType)
        {
            return Equals(a, b) ? null : $"{path}: '{a}' ≠ '{b}'";
        }
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? x;
            object? y;
            try
            {
                x = property.GetValue(a);
                y = property.GetValue(b);
            }
            catch (TargetInvocationException)
            {
                continue;   // ParseResult.Value of a failure
            }
            if (Difference(x, y, $"{path}.{property.Name}", depth + 1) is { } d)
            {
                return d;
            }
        }
        return null;
    }
}
