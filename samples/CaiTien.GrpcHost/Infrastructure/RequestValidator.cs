using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// What every request must satisfy before a handler maps it, read from the proto descriptors so that the paths are the
/// wire's: REQUIRED fields present, strings that are text (no lone surrogates, no NUL) and of bounded length, enum
/// numbers the contract defines, and bounded counts, so that the work a request can cause is bounded too.
/// </summary>
internal static class RequestValidator
{
    /// <summary>The longest string field, in UTF-16 code units: a long table cell.</summary>
    public const int MaxStringLength = 20_000;

    /// <summary>The most elements of one repeated or map field.</summary>
    public const int MaxRepeated = 1_000;

    /// <summary>The most messages and repeated elements in one request: dozens of times a real plan.</summary>
    public const int MaxElements = 10_000;

    /// <summary>Checks <paramref name="message"/>; REQUIRED is not checked inside a resource that an update mask may cover.</summary>
    public static void Validate(IMessage message, Violations v)
    {
        int elements = 0;
        bool partial = message.Descriptor.FindFieldByName("update_mask") is { FieldType: FieldType.Message } mask
            && mask.MessageType.FullName == "google.protobuf.FieldMask";
        Walk(message, string.Empty, v, ref elements, partial, checkRequired: true, requiredOnly: false);
    }

    /// <summary>Checks only the REQUIRED fields of a resource (after an update mask is applied).</summary>
    public static void ValidateRequired(IMessage message, string prefix, Violations v)
    {
        int elements = 0;
        Walk(message, prefix, v, ref elements, partial: false, checkRequired: true, requiredOnly: true);
    }

    private static void Walk(IMessage message, string prefix, Violations v, ref int elements, bool partial, bool checkRequired, bool requiredOnly)
    {
        if (++elements > MaxElements)
        {
            if (elements == MaxElements + 1)
            {
                v.Add(prefix.Length == 0 ? "request" : prefix.TrimEnd('.'), $"Yêu cầu quá lớn: tối đa {MaxElements} phần tử", $"The request is too large: at most {MaxElements} elements");
            }
            return;
        }
        MessageDescriptor descriptor = message.Descriptor;
        // Under an update mask, a resource's REQUIRED fields are checked after the mask is applied, not in the patch.
        checkRequired &= !(partial && descriptor.GetOptions()?.GetExtension(ResourceExtensions.Resource) is not null);
        foreach (FieldDescriptor field in descriptor.Fields.InFieldNumberOrder())
        {
            string path = prefix + field.Name;
            IList<FieldBehavior> behaviour = field.GetOptions()?.GetExtension(FieldBehaviorExtensions.FieldBehavior) ?? (IList<FieldBehavior>)System.Array.Empty<FieldBehavior>();
            if (behaviour.Contains(FieldBehavior.OutputOnly))
            {
                continue;
            }
            object? value = field.Accessor.GetValue(message);
            bool required = checkRequired && behaviour.Contains(FieldBehavior.Required);
            if (field.IsMap)
            {
                var map = (IDictionary)value!;
                if (required && map.Count == 0)
                {
                    Missing(path, v);
                }
                if (!requiredOnly && map.Count > MaxRepeated)
                {
                    TooMany(path, v);
                    continue;
                }
                foreach (DictionaryEntry entry in map)
                {
                    string key = entry.Key.ToString() ?? string.Empty;
                    string entryPath = $"{path}[{Violations.Short(key, 40)}]";
                    if (!requiredOnly)
                    {
                        CheckScalar(field.MessageType.FindFieldByNumber(1), entry.Key, entryPath, v);
                    }
                    FieldDescriptor valueField = field.MessageType.FindFieldByNumber(2);
                    Element(valueField, entry.Value, entryPath, v, ref elements, partial, checkRequired, requiredOnly);
                }
            }
            else if (field.IsRepeated)
            {
                var list = (IList)value!;
                if (required && list.Count == 0)
                {
                    Missing(path, v);
                }
                if (!requiredOnly && list.Count > MaxRepeated)
                {
                    TooMany(path, v);
                    continue;
                }
                for (int i = 0; i < list.Count; i++)
                {
                    Element(field, list[i], $"{path}[{i}]", v, ref elements, partial, checkRequired, requiredOnly);
                    if (elements > MaxElements)
                    {
                        break;
                    }
                }
            }
            else if (field.FieldType == FieldType.Message)
            {
                if (value is null)
                {
                    if (required)
                    {
                        Missing(path, v);
                    }
                    continue;
                }
                Walk((IMessage)value, path + ".", v, ref elements, partial, checkRequired, requiredOnly);
            }
            else
            {
                if (required && ((value is string s && string.IsNullOrWhiteSpace(s)) || (field.FieldType == FieldType.Enum && System.Convert.ToInt32(value) == 0)))
                {
                    Missing(path, v);
                }
                if (!requiredOnly)
                {
                    CheckScalar(field, value, path, v);
                }
            }
        }
    }

    private static void Element(FieldDescriptor field, object? value, string path, Violations v, ref int elements, bool partial, bool checkRequired, bool requiredOnly)
    {
        if (field.FieldType == FieldType.Message)
        {
            if (value is IMessage nested)
            {
                Walk(nested, path + ".", v, ref elements, partial, checkRequired, requiredOnly);
            }
            return;
        }
        elements++;
        if (!requiredOnly)
        {
            CheckScalar(field, value, path, v);
        }
    }

    private static void CheckScalar(FieldDescriptor field, object? value, string path, Violations v)
    {
        switch (value)
        {
            case string s:
                if (s.Length > MaxStringLength)
                {
                    v.Add(path, $"Quá dài: {s.Length} ký tự, tối đa {MaxStringLength}", $"Too long: {s.Length} characters, at most {MaxStringLength}");
                }
                else if (!IsText(s))
                {
                    v.Add(path, "Có ký tự không hợp lệ (NUL hoặc surrogate lẻ)", "Contains an invalid character (NUL or a lone surrogate)");
                }
                break;
            case ByteString b when b.Length > MaxStringLength:
                v.Add(path, "Quá dài", "Too long");
                break;
            default:
                if (field.FieldType == FieldType.Enum && value is not null && field.EnumType.FindValueByNumber(System.Convert.ToInt32(value)) is null)
                {
                    v.Add(path, $"Giá trị {System.Convert.ToInt32(value)} không có trong {field.EnumType.Name}", $"{System.Convert.ToInt32(value)} is not a value of {field.EnumType.Name}");
                }
                break;
        }
    }

    /// <summary>Whether a string is well-formed UTF-16 without NUL.</summary>
    public static bool IsText(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\0')
            {
                return false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    private static void Missing(string path, Violations v) => v.Add(path, "Trường bắt buộc còn trống", "A required field is empty");

    private static void TooMany(string path, Violations v) => v.Add(path, $"Quá nhiều phần tử: tối đa {MaxRepeated}", $"Too many elements: at most {MaxRepeated}");
}
