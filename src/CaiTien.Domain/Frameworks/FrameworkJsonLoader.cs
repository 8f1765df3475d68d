using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// Reads a framework version from the catalog JSON format of <c>reference/tt18-2018.catalog.json</c>, with provenance
/// records, or an amended version as a derivation of another file ("base" plus "amendments"), so that a correction of
/// the base text reaches every version derived from it.
/// </summary>
internal static class FrameworkJsonLoader
{
    private const string ResourcePrefix = "CaiTien.Domain.Frameworks.Data.";

    internal static FrameworkVersion LoadEmbedded(string id)
    {
        using JsonDocument document = ReadEmbedded(id);
        JsonElement root = document.RootElement;
        if (root.GetProperty("framework").TryGetProperty("base", out JsonElement baseId))
        {
            using JsonDocument baseDocument = ReadEmbedded(baseId.GetString()!);
            return Load(root, baseDocument.RootElement);
        }
        return Load(root, null);
    }

    private static JsonDocument ReadEmbedded(string id)
    {
        string resourceName = ResourcePrefix + id + ".json";
        using Stream stream = typeof(FrameworkJsonLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded framework '{resourceName}' is missing from the assembly.");
        return JsonDocument.Parse(stream);
    }

    /// <summary>Builds a version from its file, or from its derivation file and the base file it amends.</summary>
    internal static FrameworkVersion Load(JsonElement root, JsonElement? baseRoot)
    {
        JsonElement fw = root.GetProperty("framework");
        var builder = new FrameworkBuilder(
            new FrameworkId(fw.GetProperty("id").GetString()!),
            fw.GetProperty("document").GetString()!,
            fw.GetProperty("title").GetString()!,
            ReadDate(fw, "issued"),
            ReadDate(fw, "effective"),
            (baseRoot is { } b0 && !fw.TryGetProperty("levels", out _) ? b0.GetProperty("framework") : fw).GetProperty("levels").GetInt32(),
            ReadRule(baseRoot is { } b1 && !fw.TryGetProperty("rule", out _) ? b1.GetProperty("framework") : fw));
        if (fw.TryGetProperty("issuer", out JsonElement issuer))
        {
            builder.WithIssuer(issuer.GetString()!);
        }
        if (fw.TryGetProperty("effectiveUntil", out JsonElement _))
        {
            builder.WithEffectiveUntil(ReadDate(fw, "effectiveUntil"));
        }
        JsonElement typesOwner = baseRoot is { } b2 && !fw.TryGetProperty("schoolTypes", out _) ? b2.GetProperty("framework") : fw;
        // An amended version cites the articles of the text it amends.
        JsonElement articlesOwner = baseRoot is { } b3 && !fw.TryGetProperty("articles", out _) ? b3.GetProperty("framework") : fw;
        if (articlesOwner.TryGetProperty("articles", out JsonElement articles))
        {
            foreach (JsonProperty level in articles.EnumerateObject())
            {
                builder.WithArticles(new Level(int.Parse(level.Name, CultureInfo.InvariantCulture)), level.Value.GetInt32());
            }
        }
        foreach (JsonElement type in typesOwner.GetProperty("schoolTypes").EnumerateArray())
        {
            builder.ForSchoolType(ReadSchoolType(type.GetString()));
        }
        Provenance text = ReadProvenance(fw.GetProperty("provenance"));
        builder.WithProvenance(text, ReadProvenance(fw.GetProperty("validity")));
        builder.WithDocumentForms(
            fw.TryGetProperty("evidenceCodes", out JsonElement codes) ? Enum.Parse<EvidenceCodeForm>(codes.GetString()!) : EvidenceCodeForm.Boxed,
            fw.TryGetProperty("planForm", out JsonElement form) ? Enum.Parse<PlanForm>(form.GetString()!) : PlanForm.CriterionTable);

        if (baseRoot is not { } baseElement)
        {
            ReadBody(builder, root, text, null, new Dictionary<(string, int, string), JsonElement>());
            return builder.Build();
        }

        builder.AmendmentOf(new FrameworkId(baseElement.GetProperty("framework").GetProperty("id").GetString()!), fw.GetProperty("amendedBy").GetString()!);
        // Every text the amendment does not replace keeps the base's words and certainty, with the wording status the
        // derivation file gives ("NotYetTranscribed" while the amending text is not known in full).
        JsonElement unamended = fw.GetProperty("unamended");
        var unamendedWording = Enum.Parse<WordingStatus>(unamended.GetProperty("wording").GetString()!);
        string unamendedNote = unamended.GetProperty("note").GetString()!;
        Provenance baseText = ReadProvenance(baseElement.GetProperty("framework").GetProperty("provenance"));
        Func<Provenance, Provenance> carry = p => new Provenance(p.Certainty, p.Source, unamendedWording, p.AmendedBy, p.Notes.Append(unamendedNote));
        var amendments = new Dictionary<(string, int, string), JsonElement>();
        foreach (JsonElement amendment in root.GetProperty("amendments").EnumerateArray())
        {
            var key = (amendment.GetProperty("criterion").GetString()!, amendment.GetProperty("level").GetInt32(), amendment.GetProperty("key").GetString()!);
            if (!amendments.TryAdd(key, amendment))
            {
                throw new InvalidOperationException($"Two amendments of {key}.");
            }
        }
        ReadBody(builder, baseElement, carry(baseText), carry, amendments);
        if (amendments.Count > 0)
        {
            throw new InvalidOperationException($"Amendments of indicators the base does not have: {string.Join(", ", amendments.Keys)}.");
        }
        return builder.Build();
    }

    private static void ReadBody(FrameworkBuilder builder, JsonElement root, Provenance inherited, Func<Provenance, Provenance>? carry,
        Dictionary<(string, int, string), JsonElement> amendments)
    {
        Provenance Own(JsonElement element, Provenance fallback)
        {
            if (!element.TryGetProperty("provenance", out JsonElement p))
            {
                return fallback;
            }
            Provenance read = ReadProvenance(p);
            return carry is null ? read : carry(read);
        }

        foreach (JsonElement standard in root.GetProperty("standards").EnumerateArray())
        {
            int number = standard.GetProperty("number").GetInt32();
            builder.AddStandard(number, standard.GetProperty("name").GetString()!);
            builder.WithStandardSource(number, Own(standard, inherited), ReadStrings(standard, "aliases"));
            foreach (JsonElement criterion in standard.GetProperty("criteria").EnumerateArray())
            {
                string idText = criterion.GetProperty("id").GetString()!;
                CriterionId id = CriterionId.Parse(idText).Value;
                builder.AddCriterion(id, criterion.GetProperty("name").GetString()!, ReadStrings(criterion, "notes"));
                Provenance criterionProvenance = Own(criterion, inherited);
                builder.WithCriterionSource(id, criterionProvenance, ReadStrings(criterion, "aliases"));
                foreach (JsonProperty level in criterion.GetProperty("levels").EnumerateObject())
                {
                    int levelNumber = int.Parse(level.Name, CultureInfo.InvariantCulture);
                    foreach (JsonElement indicator in level.Value.EnumerateArray())
                    {
                        string key = indicator.GetProperty("key").GetString()!;
                        string text = indicator.GetProperty("text").GetString()!;
                        Provenance? provenance = indicator.TryGetProperty("provenance", out _) ? Own(indicator, criterionProvenance) : null;
                        if (amendments.Remove((idText, levelNumber, key), out JsonElement amendment))
                        {
                            text = amendment.TryGetProperty("text", out JsonElement replaced) ? replaced.GetString()! : text;
                            provenance = ReadProvenance(amendment.GetProperty("provenance"));
                        }
                        builder.AddIndicator(id, new Level(levelNumber), IndicatorKey.FromChar(key[0]), text, provenance);
                    }
                }
            }
        }
        if (root.TryGetProperty("level4", out JsonElement level4))
        {
            foreach (JsonElement item in level4.EnumerateArray())
            {
                int clause = item.GetProperty("clause").GetInt32();
                builder.AddAdditionalRequirement(clause, Level.Four, item.GetProperty("text").GetString()!, ReadStrings(item, "notes"));
                builder.WithRequirementSource(clause, Own(item, inherited));
            }
        }
    }

    private static string[] ReadStrings(JsonElement element, string name)
        => element.TryGetProperty(name, out JsonElement array) ? array.EnumerateArray().Select(e => e.GetString()!).ToArray() : Array.Empty<string>();

    /// <summary>Reads { "certainty", "source", "wording"?, "amendedBy"?, "notes"? }.</summary>
    private static Provenance ReadProvenance(JsonElement element)
        => new(
            Enum.Parse<SourceCertainty>(element.GetProperty("certainty").GetString()!),
            element.GetProperty("source").GetString()!,
            element.TryGetProperty("wording", out JsonElement wording) ? Enum.Parse<WordingStatus>(wording.GetString()!) : WordingStatus.Verbatim,
            element.TryGetProperty("amendedBy", out JsonElement amendedBy) ? amendedBy.GetString() : null,
            ReadStrings(element, "notes"));

    private static SchoolType ReadSchoolType(string? code) => code switch
    {
        "THCS" => SchoolType.LowerSecondary,
        "THPT" => SchoolType.UpperSecondary,
        "PTNCH" => SchoolType.MultiLevel,
        "TH" => SchoolType.Primary,
        "MN" => SchoolType.Preschool,
        var other => throw new InvalidOperationException($"Unknown school type '{other}'."),
    };

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
