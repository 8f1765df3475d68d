using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Serialization;

/// <summary>Why a JSON document does not have the schema's shape: where (a JSON path) and what was expected.</summary>
internal sealed class JsonShapeException : Exception
{
    public JsonShapeException(string path, string vietnamese, string english)
        : base($"{path}: {english}")
    {
        Path = path;
        Vietnamese = vietnamese;
        English = english;
    }

    public string Path { get; }

    public string Vietnamese { get; }

    public string English { get; }
}

/// <summary>
/// Reads one JSON object of the schema: each property at most once, of the expected type, and no property the schema
/// does not have (a typo is an error, not a silently dropped field). Failures throw <see cref="JsonShapeException"/>
/// with the property's JSON path.
/// </summary>
internal readonly struct JsonShape
{
    private readonly JsonElement element;
    private readonly string path;
    private readonly HashSet<string> known;

    private JsonShape(JsonElement element, string path)
    {
        this.element = element;
        this.path = path;
        known = new HashSet<string>(StringComparer.Ordinal);
    }

    public string Path => path;

    public static JsonShape Of(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonShapeException(path, "cần một đối tượng JSON", "expected a JSON object");
        }
        return new JsonShape(element, path);
    }

    /// <summary>Fails on any property that no getter asked for; call after reading every property.</summary>
    public void End()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new JsonShapeException($"{path}.{property.Name}", "thuộc tính bị lặp", "the property appears twice");
            }
            if (!known.Contains(property.Name))
            {
                throw new JsonShapeException($"{path}.{property.Name}", "thuộc tính không có trong lược đồ", "the schema has no such property");
            }
        }
    }

    private JsonElement? Get(string name, bool required)
    {
        known.Add(name);
        if (element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            throw new JsonShapeException($"{path}.{name}", "thiếu thuộc tính bắt buộc", "the property is required");
        }
        return null;
    }

    public string String(string name, bool required = false)
    {
        JsonElement? value = Get(name, required);
        if (value is null)
        {
            return string.Empty;
        }
        return value.Value.ValueKind == JsonValueKind.String
            ? value.Value.GetString()!
            : throw new JsonShapeException($"{path}.{name}", "cần một chuỗi", "expected a string");
    }

    public bool Bool(string name)
    {
        JsonElement? value = Get(name, false);
        return value?.ValueKind switch
        {
            null => false,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonShapeException($"{path}.{name}", "cần true hoặc false", "expected true or false"),
        };
    }

    public int? Int(string name, int min, int max, bool required = false)
    {
        JsonElement? value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out int n) || n < min || n > max)
        {
            throw new JsonShapeException($"{path}.{name}", $"cần một số nguyên từ {min} đến {max}", $"expected an integer from {min} to {max}");
        }
        return n;
    }

    public Level? Level(string name)
        => Int(name, 0, Frameworks.Level.MaxValue) is { } n ? new Level(n) : null;

    public LocalDate? Date(string name)
    {
        string text = String(name);
        if (text.Length == 0)
        {
            return null;
        }
        var date = LocalDatePattern.Iso.Parse(text);
        return date.Success && date.Value.Year is >= 1 and <= 9999
            ? date.Value
            : throw new JsonShapeException($"{path}.{name}", "cần một ngày dạng yyyy-MM-dd", "expected a date like yyyy-MM-dd");
    }

    public SchoolYear? SchoolYear(string name, bool required = false)
    {
        string text = String(name, required);
        if (text.Length == 0)
        {
            return null;
        }
        ParseResult<Calendar.SchoolYear> year = Calendar.SchoolYear.Parse(text);
        return year.Success && year.Value.ToString() == text
            ? year.Value
            : throw new JsonShapeException($"{path}.{name}", "cần một năm học dạng 2023-2024", "expected a school year like 2023-2024");
    }

    public T Enum<T>(string name, IReadOnlyDictionary<string, T> values, T absent)
    {
        string text = String(name);
        if (text.Length == 0)
        {
            return absent;
        }
        return values.TryGetValue(text, out T? value)
            ? value
            : throw new JsonShapeException($"{path}.{name}", $"cần một trong: {string.Join(", ", values.Keys)}", $"expected one of: {string.Join(", ", values.Keys)}");
    }

    public List<T> Array<T>(string name, Func<JsonElement, string, T> read)
    {
        JsonElement? value = Get(name, false);
        var list = new List<T>();
        if (value is null)
        {
            return list;
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonShapeException($"{path}.{name}", "cần một mảng", "expected an array");
        }
        int i = 0;
        foreach (JsonElement item in value.Value.EnumerateArray())
        {
            list.Add(read(item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i++}]")));
        }
        return list;
    }

    public List<string> Strings(string name)
        => Array(name, (e, p) => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new JsonShapeException(p, "cần một chuỗi", "expected a string"));

    public T? Object<T>(string name, Func<JsonShape, T> read, bool required = false)
        where T : class
    {
        JsonElement? value = Get(name, required);
        return value is null ? null : read(Of(value.Value, $"{path}.{name}"));
    }
}
