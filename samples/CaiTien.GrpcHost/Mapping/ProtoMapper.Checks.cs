using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CaiTien.Domain;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Tracking;
using CaiTien.GrpcHost.Infrastructure;
using NodaTime;
using D = CaiTien.Domain;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>Checks: options in, findings out (bounded), paths through the descriptors.</summary>
internal static partial class ProtoMapper
{
    // ---------- checks ----------

    public static CheckOptions ToDomain(P.CheckOptions? options, string field, Violations v, string? acceptLanguage = null)
    {
        if (options is null)
        {
            return new CheckOptions { Language = LanguageOf(acceptLanguage) };
        }
        var known = ConsistencyChecker.BuiltInRules.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, i) in options.Codes.Select((c, i) => (c, i)).Where(x => !known.Contains(x.c)))
        {
            v.Add($"{field}.codes[{i}]", $"Không có quy tắc \"{code}\"", $"No rule \"{code}\"");
        }
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, severity) in options.SeverityOverrides)
        {
            if (!known.Contains(code))
            {
                v.Add($"{field}.severity_overrides[{code}]", $"Không có quy tắc \"{code}\"", $"No rule \"{code}\"");
            }
            else if (severity == P.Severity.Unspecified || !Enum.IsDefined(severity))
            {
                v.Add($"{field}.severity_overrides[{code}]", "Mức độ không hợp lệ", "Invalid severity");
            }
            else
            {
                overrides[code] = EnumMaps.Severities.ToDomain(severity)!.Value;
            }
        }
        CheckEnum(options.MinimumSeverity, field + ".minimum_severity", v);
        CheckEnum(options.DeadlineMode, field + ".deadline_mode", v);
        if (v.Any)
        {
            return CheckOptions.Default;
        }
        var calendars = EnumMaps.DeadlineModes.ToDomain(options.DeadlineMode) == DeadlineMode.Exclusive ? new CalendarProvider(DeadlineMode.Exclusive) : CalendarProvider.National;
        Severity minimum = EnumMaps.Severities.ToDomain(options.MinimumSeverity) ?? Severity.Info;
        MessageLanguage? asked = options.Language.Length > 0 ? Language(options.Language) : LanguageOf(acceptLanguage);
        if (asked is null)
        {
            v.Add(field + ".language", "Ngôn ngữ phải là \"vi\", \"en\" hoặc \"vi,en\"", "The language must be \"vi\", \"en\" or \"vi,en\"");
            return CheckOptions.Default;
        }
        return new CheckOptions
        {
            Calendars = calendars, Codes = options.Codes.Count == 0 ? null : options.Codes, MinimumSeverity = minimum, SeverityOverrides = overrides,
            Language = asked.Value,
        };
    }

    /// <summary>"vi", "en", "vi,en" (both), or a BCP 47 tag read by its language; <c>null</c> when not one of them.</summary>
    private static MessageLanguage? Language(string text)
    {
        string tag = text.Trim().ToLowerInvariant();
        if (tag.Replace(" ", string.Empty) is "vi,en" or "en,vi" or "both")
        {
            return MessageLanguage.Both;
        }
        string primary = tag.Split('-', '_')[0];
        return primary switch { "vi" => MessageLanguage.Vietnamese, "en" => MessageLanguage.English, _ => null };
    }

    /// <summary>The language an Accept-Language header prefers among Vietnamese and English (by q-value, then order); Vietnamese when neither.</summary>
    private static MessageLanguage LanguageOf(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return MessageLanguage.Vietnamese;
        }
        var ranked = acceptLanguage.Split(',').Select((part, i) =>
        {
            string[] pieces = part.Split(';');
            double q = 1;
            foreach (string p in pieces.Skip(1))
            {
                string kv = p.Trim();
                if (kv.StartsWith("q=", StringComparison.Ordinal) && !double.TryParse(kv.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out q))
                {
                    q = 0;
                }
            }
            return (Language: Language(pieces[0]), Q: q, Order: i);
        }).Where(x => x.Language is not null && x.Q > 0).OrderByDescending(x => x.Q).ThenBy(x => x.Order);
        return ranked.Select(x => x.Language!.Value).FirstOrDefault(MessageLanguage.Vietnamese);
    }

    /// <summary>The findings about <paramref name="document"/> (Plan, Report or Supervision), with paths in its fields.</summary>
    public static P.CheckResponse ToProto(CheckResult result, Google.Protobuf.Reflection.MessageDescriptor document)
    {
        var response = new P.CheckResponse
        {
            ErrorCount = result.Count(Severity.Error),
            WarningCount = result.Count(Severity.Warning),
            InfoCount = result.Count(Severity.Info),
        };
        long bytes = 0;
        foreach (Finding f in result.Findings)
        {
            if (response.Findings.Count == MaxFindings || bytes > MaxFindingBytes)
            {
                response.Truncated = true;
                break;
            }
            P.Finding proto = ToProto(f, document);
            bytes += proto.CalculateSize();
            response.Findings.Add(proto);
        }
        if (response.Truncated || result.Findings.Count > SummaryFrom)
        {
            response.Summary.AddRange(result.Findings.GroupBy(f => (f.Code, f.Rule, f.Severity))
                .Select(g => new P.FindingCount { Code = g.Key.Code, Rule = g.Key.Rule, Severity = EnumMaps.Severities.ToProto(g.Key.Severity), Count = g.Count() })
                .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal));
        }
        return response;
    }

    /// <summary>At most this many findings in a response, and about this many bytes of them; the counts and the summary cover the rest.</summary>
    public const int MaxFindings = 500;

    public const long MaxFindingBytes = 1024 * 1024;

    /// <summary>From this many findings on, a response also counts them by rule.</summary>
    public const int SummaryFrom = 100;

    public static P.Finding ToProto(Finding f, Google.Protobuf.Reflection.MessageDescriptor document)
    {
        var proto = new P.Finding
        {
            Code = f.Code,
            Rule = f.Rule,
            Severity = EnumMaps.Severities.ToProto(f.Severity),
            Path = FindingPaths.ToProto(f.Path, document),
            Criterion = f.Criterion?.ToString() ?? string.Empty,
            MessageVi = f.Message.Vietnamese,
            MessageEn = f.Message.English,
            Message = f.Text,
        };
        foreach (var (key, value) in f.Arguments)
        {
            proto.Arguments[key] = value;
        }
        return proto;
    }
}
