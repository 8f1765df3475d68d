using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Serialization;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Serialization;

/// <summary>
/// Every document type survives JSON: written, read back and written again gives the same text, the document read back
/// checks (or evaluates) to the same result, and what is written conforms to the published JSON Schema.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DocumentArbitraries), typeof(Arbitraries) }, MaxTest = 100)]
public sealed class DocumentJsonProperties
{
    private static readonly ConsistencyChecker Checker = new();

    internal static JsonElement Schema(string kind)
        => JsonDocument.Parse(File.ReadAllText(Fixture.PathOf($"../../../../../../docs/schema/{kind}.v1.schema.json"))).RootElement;

    private static readonly JsonElement PlanSchema = Schema("plan");
    private static readonly JsonElement ReportSchema = Schema("report");
    private static readonly JsonElement SupervisionSchema = Schema("supervision");
    private static readonly JsonElement AssessmentSchema = Schema("assessment");

    private static bool Conforms(JsonElement schema, string json, out string errors)
    {
        var found = SchemaValidator.Validate(schema, JsonDocument.Parse(json).RootElement);
        errors = string.Join("\n", found);
        return found.Count == 0;
    }

    // Defects make the generated documents cover the awkward values too: empty cells, missing dates, odd levels.
    private static DocumentSet Variant(DocumentSet set, Defect defect, bool inject) => inject ? defect.Inject(set) : set;

    [Property]
    public Property Plan_RoundTrips_AndConforms(DocumentSet set, Defect defect, bool inject)
    {
        ImprovementPlan plan = Variant(set, defect, inject).Plan;
        string json = DocumentJson.WritePlan(plan);
        var back = DocumentJson.ReadPlan(json);
        string? difference = back.Success ? DeepEquality.Difference(plan, back.Value) : "not read";
        return (back.Success && difference is null && DocumentJson.WritePlan(back.Value) == json
                && Checker.CheckPlan(back.Value).Findings.SequenceEqual(Checker.CheckPlan(plan).Findings)
                && Conforms(PlanSchema, json, out string errors))
            .Label($"{back.Failure} {difference}\n{json}");
    }

    [Property]
    public Property Report_RoundTrips_AndConforms(DocumentSet set, Defect defect, bool inject)
    {
        DocumentSet s = Variant(set, defect, inject);
        string json = DocumentJson.WriteReport(s.Report);
        var back = DocumentJson.ReadReport(json);
        string? difference = back.Success ? DeepEquality.Difference(s.Report, back.Value) : "not read";
        return (back.Success && difference is null && DocumentJson.WriteReport(back.Value) == json
                && Checker.CheckReport(back.Value, s.Plan).Findings.SequenceEqual(Checker.CheckReport(s.Report, s.Plan).Findings)
                && Conforms(ReportSchema, json, out _))
            .Label($"{back.Failure} {difference}\n{json}");
    }

    [Property]
    public Property Supervision_RoundTrips_AndConforms(DocumentSet set, Defect defect, bool inject)
    {
        DocumentSet s = Variant(set, defect, inject);
        var record = new SupervisionRecord { Team = s.Team, Minutes = s.Minutes };
        string json = DocumentJson.WriteSupervision(record);
        var back = DocumentJson.ReadSupervision(json);
        string? difference = back.Success ? DeepEquality.Difference(record, back.Value) : "not read";
        return (back.Success && difference is null && DocumentJson.WriteSupervision(back.Value) == json
                && Checker.CheckSupervision(s.Plan, back.Value.Team, back.Value.Minutes).Findings
                    .SequenceEqual(Checker.CheckSupervision(s.Plan, s.Team, s.Minutes).Findings)
                && Conforms(SupervisionSchema, json, out _))
            .Label($"{back.Failure} {difference}\n{json}");
    }

    [Property]
    public Property Assessment_RoundTrips_AndConforms(AssessmentSheet sheet)
    {
        string json = DocumentJson.WriteAssessment(sheet);
        var back = DocumentJson.ReadAssessment(json);
        string? difference = null;
        return (back.Success && DocumentJson.WriteAssessment(back.Value) == json
                && Enumerable.Range(0, sheet.Framework.IndicatorCount).All(i => back.Value.GetResult(sheet.Framework.GetIndicator(i)) == sheet.GetResult(sheet.Framework.GetIndicator(i)))
                && SchoolLevelEvaluator.Evaluate(back.Value).Describe().Equals(SchoolLevelEvaluator.Evaluate(sheet).Describe())
                && Conforms(AssessmentSchema, json, out _))
            .Label($"{back.Failure} {difference}\n{json}");
    }

    /// <summary>Any text at all (quotes, back-slashes, control characters, astral and unpaired UTF-16) survives a round trip.</summary>
    [Property(MaxTest = 300)]
    public Property AnyText_RoundTrips(NonNull<string> a, NonNull<string> b, NonNull<string> c)
    {
        var plan = new ImprovementPlan(KnownFrameworks.Tt18, new SchoolYear(2023))
        {
            SchoolName = a.Get,
            Groups = [new Documents.TableGroup<PlanItem>(c.Get, b.Get, [new PlanItem(a.Get) { TargetResult = b.Get, Tasks = [new PlanTask { Lead = c.Get, Collaborators = [a.Get, b.Get] }] }])],
        };
        string json = DocumentJson.WritePlan(plan);
        var back = DocumentJson.ReadPlan(json);
        string? difference = back.Success ? DeepEquality.Difference(plan, back.Value) : "not read";
        return (back.Success && difference is null && DocumentJson.WritePlan(back.Value) == json).Label($"{difference}\n{json}");
    }

    /// <summary>Reading never throws, whatever the text: cut, spliced or corrupted JSON is a failure with a path.</summary>
    [Property(MaxTest = 500)]
    public Property Read_NeverThrows_OnDamagedJson(DocumentSet set, NonNegativeInt cut, char junk)
    {
        string json = DocumentJson.WritePlan(set.Plan, indented: true);
        int at = cut.Get % (json.Length + 1);
        string[] damaged = { json.Substring(0, at), json.Insert(at, junk.ToString()), json.Remove(at, Math.Min(3, json.Length - at)) };
        return damaged.All(d =>
        {
            var result = DocumentJson.ReadPlan(d);
            return result.Success || (result.Failure!.UnreadText.StartsWith('$') && result.Failure.Message.English.Length > 0);
        }).ToProperty();
    }
}
