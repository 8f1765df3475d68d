using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Import.Tests.Corpus;

/// <summary>
/// Compares two domain values field by field through their public properties and lists every difference by path
/// ("Groups[2].Rows[0].Tasks[0].Lead: 'a' ≠ 'b'"). Values with their own equality (identifiers, levels, dates, text) are
/// compared with it; a framework version by its identifier; lists element by element.
/// </summary>
public static class FieldComparer
{
    public static List<string> Differences(object? expected, object? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences, 0);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences, int depth)
    {
        if (expected is null || actual is null)
        {
            if (!(expected is null && actual is null))
            {
                differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
            }
            return;
        }
        if (depth > 12)
        {
            return;
        }
        Type type = expected.GetType();
        if (expected is IEnumerable && expected is not string && actual is IEnumerable)
        {
            var a = ((IEnumerable)expected).Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            if (a.Count != b.Count)
            {
                differences.Add($"{path}: {a.Count} items ≠ {b.Count} items");
            }
            for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                Compare(a[i], b[i], $"{path}[{i}]", differences, depth + 1);
            }
            return;
        }
        if (type != actual.GetType())
        {
            differences.Add($"{path}: type {type.Name} ≠ {actual.GetType().Name}");
            return;
        }
        if (expected is FrameworkVersion fe)
        {
            if (fe.Id != ((FrameworkVersion)actual).Id)
            {
                differences.Add($"{path}: {fe.Id} ≠ {((FrameworkVersion)actual).Id}");
            }
            return;
        }
        if (type.IsPrimitive || type.IsEnum || expected is string || expected is decimal || type.IsValueType || HasOwnEquality(type))
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
            }
            if (!type.IsValueType || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || expected is string)
            {
                return;
            }
            return;
        }
        if (expected is IEnumerable list)
        {
            var a = list.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            if (a.Count != b.Count)
            {
                differences.Add($"{path}: {a.Count} items ≠ {b.Count} items");
            }
            for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                Compare(a[i], b[i], $"{path}[{i}]", differences, depth + 1);
            }
            return;
        }
        // Stored properties only (those with a backing field): computed ones (Items, Rows, HasCompleted…) repeat them.
        var stored = type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.Name).ToHashSet();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && (stored.Contains($"<{p.Name}>k__BackingField") || type.Name.StartsWith("ParseResult", StringComparison.Ordinal))))
        {
            if (property.Name == "Value" && type.Name.StartsWith("ParseResult", StringComparison.Ordinal))
            {
                bool success = (bool)type.GetProperty("Success")!.GetValue(expected)! && (bool)type.GetProperty("Success")!.GetValue(actual)!;
                if (!success)
                {
                    continue;
                }
            }
            Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, differences, depth + 1);
        }
    }

    private static bool HasOwnEquality(Type type)
        => type.GetMethod("Equals", new[] { type }) is { } m && m.DeclaringType == type && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>))
           && type.Name is not "DocumentReference";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + (s.Length > 160 ? s.Substring(0, 160) + "…" : s) + "\"",
        _ => value.ToString() ?? string.Empty,
    };
}
