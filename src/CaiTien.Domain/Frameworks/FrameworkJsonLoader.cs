using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Frameworks;

/// <summary>Reads a framework version from the catalog JSON format of <c>reference/tt18-2018.catalog.json</c>.</summary>
internal static class FrameworkJsonLoader
{
    internal static FrameworkVersion LoadEmbedded(string resourceName)
    {
        using Stream stream = typeof(FrameworkJsonLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded framework '{resourceName}' is missing from the assembly.");
        using JsonDocument document = JsonDocument.Parse(stream);
        return Load(document.RootElement);
    }

    internal static FrameworkVersion Load(JsonElement root)
    {
        JsonElement fw = root.GetProperty("framework");
        SchoolLevelRule rule = ReadRule(fw);
        var builder = new FrameworkBuilder(
            new FrameworkId(fw.GetProperty("id").GetString()!),
            fw.GetProperty("document").GetString()!,
            fw.GetProperty("title").GetString()!,
            ReadDate(fw, "issued"),
            ReadDate(fw, "effective"),
            fw.GetProperty("levels").GetInt32(),
            rule);
        if (fw.TryGetProperty("issuer", out JsonElement issuer))
        {
            builder.WithIssuer(issuer.GetString()!);
        }
        if (fw.TryGetProperty("effectiveUntil", out JsonElement _))
        {
            builder.WithEffectiveUntil(ReadDate(fw, "effectiveUntil"));
        }
        if (fw.TryGetProperty("articles", out JsonElement articles))
        {
            foreach (JsonProperty level in articles.EnumerateObject())
            {
                builder.WithArticles(new Level(int.Parse(level.Name, CultureInfo.InvariantCulture)), level.Value.GetInt32());
            }
        }
        foreach (JsonElement type in fw.GetProperty("schoolTypes").EnumerateArray())
        {
            builder.ForSchoolType(type.GetString() switch
            {
                "THCS" => SchoolType.LowerSecondary,
                "THPT" => SchoolType.UpperSecondary,
                "PTNCH" => SchoolType.MultiLevel,
                "TH" => SchoolType.Primary,
                "MN" => SchoolType.Preschool,
                var other => throw new InvalidOperationException($"Unknown school type '{other}'."),
            });
        }
        foreach (JsonElement standard in root.GetProperty("standards").EnumerateArray())
        {
            builder.AddStandard(standard.GetProperty("number").GetInt32(), standard.GetProperty("name").GetString()!);
            foreach (JsonElement criterion in standard.GetProperty("criteria").EnumerateArray())
            {
                CriterionId id = CriterionId.Parse(criterion.GetProperty("id").GetString()).Value;
                string[] notes = criterion.TryGetProperty("notes", out JsonElement n)
                    ? n.EnumerateArray().Select(e => e.GetString()!).ToArray()
                    : Array.Empty<string>();
                builder.AddCriterion(id, criterion.GetProperty("name").GetString()!, notes);
                foreach (JsonProperty level in criterion.GetProperty("levels").EnumerateObject())
                {
                    var lvl = new Level(int.Parse(level.Name, CultureInfo.InvariantCulture));
                    foreach (JsonElement indicator in level.Value.EnumerateArray())
                    {
                        builder.AddIndicator(id, lvl, IndicatorKey.FromChar(indicator.GetProperty("key").GetString()![0]),
                            indicator.GetProperty("text").GetString()!);
                    }
                }
            }
        }
        if (root.TryGetProperty("level4", out JsonElement level4))
        {
            foreach (JsonElement item in level4.EnumerateArray())
            {
                string[] itemNotes = item.TryGetProperty("notes", out JsonElement n)
                    ? n.EnumerateArray().Select(e => e.GetString()!).ToArray()
                    : Array.Empty<string>();
                builder.AddAdditionalRequirement(item.GetProperty("clause").GetInt32(), Level.Four, item.GetProperty("text").GetString()!, itemNotes);
            }
        }
        return builder.Build();
    }

    private static SchoolLevelRule ReadRule(JsonElement fw)
    {
        if (!fw.TryGetProperty("rule", out JsonElement rule))
        {
            return AllCriteriaCumulativeRule.Instance;
        }
        return rule.GetProperty("kind").GetString() switch
        {
            "AllCriteriaCumulative" => AllCriteriaCumulativeRule.Instance,
            "MandatoryPlusQuota" => new MandatoryPlusQuotaRule(
                rule.GetProperty("mandatory").EnumerateArray().Select(e => CriterionId.Parse(e.GetString()).Value),
                rule.GetProperty("requiredOthers").GetInt32()),
            var other => throw new InvalidOperationException($"Unknown school-level rule kind '{other}'."),
        };
    }

    private static LocalDate ReadDate(JsonElement element, string name)
        => LocalDatePattern.Iso.Parse(element.GetProperty(name).GetString()!).Value;
}
