using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaiTien.Domain.Tests.Serialization;

/// <summary>
/// Checks JSON against the published JSON Schema files, for the keywords they use: $ref into $defs, type, const, enum,
/// properties, required, additionalProperties: false, items, maxItems, minimum, maximum, pattern. Unknown keywords fail,
/// so the schemas cannot grow beyond what this checks without the test noticing.
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> Known = new()
    {
        "$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "maxItems", "minimum", "maximum", "pattern",
    };

    public static List<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                errors.Add($"{path}: the schema uses '{keyword.Name}', which this validator does not check");
            }
        }
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string name = reference.GetString()!["#/$defs/".Length..];
            Check(root, root.GetProperty("$defs").GetProperty(name), value, path, errors);
        }
        if (schema.TryGetProperty("type", out JsonElement type))
        {
            bool ok = type.GetString() switch
            {
                "object" => value.ValueKind == JsonValueKind.Object,
                "array" => value.ValueKind == JsonValueKind.Array,
                "string" => value.ValueKind == JsonValueKind.String,
                "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
                _ => throw new InvalidOperationException(type.GetString()),
            };
            if (!ok)
            {
                errors.Add($"{path}: expected {type.GetString()}, got {value.ValueKind}");
                return;
            }
        }
        if (schema.TryGetProperty("const", out JsonElement constant) && constant.GetRawText() != value.GetRawText())
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }
        if (schema.TryGetProperty("enum", out JsonElement choices) && choices.EnumerateArray().All(c => c.GetRawText() != value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        }
        if (schema.TryGetProperty("pattern", out JsonElement pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }
        if (schema.TryGetProperty("minimum", out JsonElement min) && value.GetInt64() < min.GetInt64())
        {
            errors.Add($"{path}: below {min.GetInt64()}");
        }
        if (schema.TryGetProperty("maximum", out JsonElement max) && value.GetInt64() > max.GetInt64())
        {
            errors.Add($"{path}: above {max.GetInt64()}");
        }
        if (schema.TryGetProperty("maxItems", out JsonElement maxItems) && value.GetArrayLength() > maxItems.GetInt32())
        {
            errors.Add($"{path}: more than {maxItems.GetInt32()} items");
        }
        if (schema.TryGetProperty("items", out JsonElement items))
        {
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Check(root, items, item, $"{path}[{i++}]", errors);
            }
        }
        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: lacks required '{name.GetString()}'");
                }
            }
        }
        if (schema.TryGetProperty("properties", out JsonElement properties))
        {
            bool closed = schema.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False;
            foreach (JsonProperty property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out JsonElement propertySchema))
                {
                    Check(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
                }
                else if (closed)
                {
                    errors.Add($"{path}.{property.Name}: not in the schema");
                }
            }
        }
    }
}
