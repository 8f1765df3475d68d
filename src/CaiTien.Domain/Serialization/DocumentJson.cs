using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Utility;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Serialization;

/// <summary>
/// The documents as JSON, in a stable, versioned schema: plans, reports, supervision records and assessment sheets.
/// Every document carries <c>"schemaVersion"</c> and <c>"kind"</c>; JSON Schema files for each are in the package
/// (<c>schema/*.schema.json</c>) and in the repository's <c>docs/schema/</c>.
/// </summary>
/// <remarks>
/// <para>
/// Written with System.Text.Json and no other dependency: dates are ISO <c>yyyy-MM-dd</c> (the wire format of NodaTime's
/// own serializers), school years "2023-2024", levels 0–4 (0 is không đạt), identifiers and text as in the documents.
/// Text is kept as written (normalised): a document read back checks to the same findings.
/// </para>
/// <para>
/// Reading never throws on input: malformed JSON, a missing required property, a property the schema does not have, a
/// value of the wrong type, a newer schema version or an unknown framework is a failed <see cref="ParseResult{T}"/> whose
/// <see cref="ParseFailure.UnreadText"/> is the JSON path of the problem. A reader accepts every schema version up to
/// <see cref="SchemaVersion"/>; adding a property raises the version.
/// </para>
/// </remarks>
public static class DocumentJson
{
    /// <summary>The schema version this library writes, and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The longest JSON text read (8 MiB of characters); longer input is a failure.</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow };

    private static readonly Dictionary<string, TeamRole> Roles = new(StringComparer.Ordinal)
    {
        ["unspecified"] = TeamRole.Unspecified, ["leader"] = TeamRole.Leader, ["deputy"] = TeamRole.Deputy,
        ["secretary"] = TeamRole.Secretary, ["member"] = TeamRole.Member,
    };

    private static readonly Dictionary<string, IndicatorResult> Results = new(StringComparer.Ordinal)
    {
        ["met"] = IndicatorResult.Met, ["notMet"] = IndicatorResult.NotMet, ["notAssessed"] = IndicatorResult.NotAssessed,
    };

    // ---------------------------------------------------------------- writing

    /// <summary>A plan as JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string WritePlan(ImprovementPlan plan, bool indented = false)
    {
        Preconditions.CheckNotNull(plan);
        return Json(indented, w =>
        {
            Header(w, "plan");
            Id(w, "id", plan.Id.Value);
            Id(w, "school", plan.School.Value);
            Text(w, "schoolName", plan.SchoolName);
            w.WriteString("framework", plan.Framework.Id.Value);
            w.WriteString("schoolYear", plan.SchoolYear.ToString());
            Reference(w, "reference", plan.Reference);
            w.WriteStartObject("basis");
            Text(w, "selfAssessmentPeriod", plan.Basis.SelfAssessmentPeriod);
            if (plan.Basis.ExternalEvaluation is { } external)
            {
                Reference(w, "externalEvaluation", external);
            }
            Text(w, "previousResults", plan.Basis.PreviousResults);
            w.WriteStartArray("selfAssessment");
            foreach (SelfAssessmentRow row in plan.Basis.SelfAssessment)
            {
                w.WriteStartObject();
                w.WriteString("label", row.Label);
                w.WriteBoolean("notMet", row.NotMet);
                w.WriteStartArray("levelMarks");
                foreach (bool mark in row.LevelMarks)
                {
                    w.WriteBooleanValue(mark);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            LevelValue(w, "targetSchoolLevel", plan.TargetSchoolLevel);
            Groups(w, plan.Groups, (item, wr) =>
            {
                wr.WriteString("criterion", item.CriterionText);
                Text(wr, "targetResult", item.TargetResult);
                wr.WriteStartArray("tasks");
                foreach (PlanTask task in item.Tasks)
                {
                    wr.WriteStartObject();
                    Text(wr, "description", task.Description);
                    Text(wr, "lead", task.Lead);
                    Text(wr, "timeframe", task.Timeframe);
                    Strings(wr, "collaborators", task.Collaborators);
                    wr.WriteEndObject();
                }
                wr.WriteEndArray();
                LevelValue(wr, "currentLevel", item.CurrentLevel);
                LevelValue(wr, "targetLevel", item.TargetLevel);
                Text(wr, "budget", item.Budget);
                Text(wr, "otherSupport", item.OtherSupport);
                Text(wr, "notes", item.Notes);
            });
        });
    }

    /// <summary>A report as JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteReport(ImplementationReport report, bool indented = false)
    {
        Preconditions.CheckNotNull(report);
        return Json(indented, w =>
        {
            Header(w, "report");
            Id(w, "id", report.Id.Value);
            Reference(w, "reference", report.Reference);
            if (report.StatedSchoolYear is { } stated)
            {
                w.WriteString("statedSchoolYear", stated.ToString());
            }
            Reference(w, "planCited", report.PlanCited);
            Groups(w, report.Groups, (row, wr) =>
            {
                wr.WriteString("criterion", row.CriterionText);
                Text(wr, "planAsWritten", row.PlanAsWritten);
                Text(wr, "planAsAdjusted", row.PlanAsAdjusted);
                Text(wr, "completed", row.Completed);
                Text(wr, "inProgress", row.InProgress);
                if (row.IsLate)
                {
                    wr.WriteBoolean("isLate", true);
                }
                Text(wr, "lateReason", row.LateReason);
                Text(wr, "notStarted", row.NotStarted);
                Text(wr, "notStartedReason", row.NotStartedReason);
                Text(wr, "notes", row.Notes);
            });
            w.WriteStartArray("attachments");
            foreach (ReportAttachment attachment in report.Attachments)
            {
                w.WriteStartObject();
                w.WriteString("title", attachment.Title);
                Reference(w, "reportCited", attachment.ReportCited);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary>A supervision record (team and minutes) as JSON.</summary>
    /// <param name="record">The record.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteSupervision(SupervisionRecord record, bool indented = false)
    {
        Preconditions.CheckNotNull(record);
        return Json(indented, w =>
        {
            Header(w, "supervision");
            w.WriteStartObject("team");
            Reference(w, "decision", record.Team.Decision);
            w.WriteStartArray("members");
            foreach (TeamMember member in record.Team.Members)
            {
                w.WriteStartObject();
                Text(w, "number", member.Number);
                w.WriteString("name", member.Name);
                Text(w, "position", member.Position);
                w.WriteString("role", Roles.First(r => r.Value == member.Role).Key);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("minutes");
            foreach (SupervisionMinutes minutes in record.Minutes)
            {
                w.WriteStartObject();
                DateValue(w, "date", minutes.Date);
                Text(w, "place", minutes.Place);
                Strings(w, "attendees", minutes.Attendees);
                Strings(w, "checkedItems", minutes.CheckedItems);
                Text(w, "strengths", minutes.Strengths);
                Text(w, "limitations", minutes.Limitations);
                Text(w, "recommendations", minutes.Recommendations);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary>
    /// An assessment sheet as JSON: its framework and the result of every indicator and additional requirement that is
    /// assessed (what is not listed is not assessed).
    /// </summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteAssessment(AssessmentSheet sheet, bool indented = false)
    {
        Preconditions.CheckNotNull(sheet);
        return Json(indented, w =>
        {
            Header(w, "assessment");
            w.WriteString("framework", sheet.Framework.Id.Value);
            w.WriteStartArray("indicators");
            for (int i = 0; i < sheet.Framework.IndicatorCount; i++)
            {
                Indicator indicator = sheet.Framework.GetIndicator(i);
                IndicatorResult result = sheet.GetResult(indicator);
                if (result != IndicatorResult.NotAssessed)
                {
                    w.WriteStartObject();
                    w.WriteString("criterion", indicator.Criterion.ToString());
                    w.WriteNumber("level", indicator.Level.Value);
                    w.WriteString("key", indicator.Key.ToString());
                    w.WriteString("result", Results.First(r => r.Value == result).Key);
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteStartArray("additional");
            foreach (AdditionalRequirement requirement in sheet.Framework.AdditionalRequirements)
            {
                IndicatorResult result = sheet.GetResult(requirement);
                if (result != IndicatorResult.NotAssessed)
                {
                    w.WriteStartObject();
                    w.WriteNumber("clause", requirement.Clause);
                    w.WriteString("result", Results.First(r => r.Value == result).Key);
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
        });
    }

    private static string Json(bool indented, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Header(Utf8JsonWriter w, string kind)
    {
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("kind", kind);
    }

    private static void Id(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(name, value);
        }
    }

    // Empty text is left out: the reader reads an absent property as empty.
    private static void Text(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void LevelValue(Utf8JsonWriter w, string name, Level? level)
    {
        if (level is { } l)
        {
            w.WriteNumber(name, l.Value);
        }
    }

    private static void DateValue(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, LocalDatePattern.Iso.Format(d));
        }
    }

    private static void Reference(Utf8JsonWriter w, string name, DocumentReference reference)
    {
        w.WriteStartObject(name);
        Text(w, "number", reference.Number);
        DateValue(w, "date", reference.Date);
        Text(w, "issuer", reference.Issuer);
        w.WriteEndObject();
    }

    private static void Groups<TRow>(Utf8JsonWriter w, IReadOnlyList<TableGroup<TRow>> groups, Action<TRow, Utf8JsonWriter> row)
        where TRow : class
    {
        w.WriteStartArray("groups");
        foreach (TableGroup<TRow> group in groups)
        {
            w.WriteStartObject();
            Text(w, "rowNumber", group.RowNumber);
            w.WriteString("heading", group.Heading.Text);
            w.WriteStartArray("rows");
            foreach (TRow r in group.Rows)
            {
                w.WriteStartObject();
                row(r, w);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---------------------------------------------------------------- reading

    /// <summary>Reads a plan.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalog">Where its framework is looked up by id; <see cref="FrameworkCatalog.Default"/> by default.</param>
    /// <returns>The plan, or a failure naming the JSON path of the problem.</returns>
    public static ParseResult<ImprovementPlan> ReadPlan(string? json, FrameworkCatalog? catalog = null)
        => Read(json, "plan", root =>
        {
            FrameworkVersion framework = Framework(root, catalog);
            SchoolYear year = root.SchoolYear("schoolYear", required: true)!.Value;
            PlanBasis basis = root.Object("basis", b => Finish(b, new PlanBasis
            {
                SelfAssessmentPeriod = b.String("selfAssessmentPeriod"),
                ExternalEvaluation = b.Object("externalEvaluation", Reference),
                PreviousResults = b.String("previousResults"),
                SelfAssessment = b.Array("selfAssessment", (e, p) =>
                {
                    JsonShape r = JsonShape.Of(e, p);
                    List<bool> marks = r.Array("levelMarks", (m, mp) => m.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new JsonShapeException(mp, "cần true hoặc false", "expected true or false"),
                    });
                    if (marks.Count > Level.MaxValue)
                    {
                        throw new JsonShapeException(r.Path + ".levelMarks", "tối đa 4 cột mức", "at most four level columns");
                    }
                    return Finish(r, new SelfAssessmentRow(r.String("label", required: true)) { NotMet = r.Bool("notMet"), LevelMarks = marks });
                }),
            })) ?? PlanBasis.Empty;
            var plan = new ImprovementPlan(framework, year)
            {
                Id = Id(root, "id", PlanId.Parse),
                School = Id(root, "school", SchoolId.Parse),
                SchoolName = root.String("schoolName"),
                Reference = root.Object("reference", Reference) ?? DocumentReference.Missing,
                Basis = basis,
                TargetSchoolLevel = root.Level("targetSchoolLevel"),
                Groups = Groups(root, r => new PlanItem(r.String("criterion", required: true))
                {
                    TargetResult = r.String("targetResult"),
                    Tasks = r.Array("tasks", (e, p) =>
                    {
                        JsonShape t = JsonShape.Of(e, p);
                        return Finish(t, new PlanTask
                        {
                            Description = t.String("description"), Lead = t.String("lead"), Timeframe = t.String("timeframe"), Collaborators = t.Strings("collaborators"),
                        });
                    }),
                    CurrentLevel = r.Level("currentLevel"),
                    TargetLevel = r.Level("targetLevel"),
                    Budget = r.String("budget"),
                    OtherSupport = r.String("otherSupport"),
                    Notes = r.String("notes"),
                }),
            };
            return plan;
        });

    /// <summary>Reads a report.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report, or a failure naming the JSON path of the problem.</returns>
    public static ParseResult<ImplementationReport> ReadReport(string? json)
        => Read(json, "report", root => new ImplementationReport
        {
            Id = Id(root, "id", ReportId.Parse),
            Reference = root.Object("reference", Reference) ?? DocumentReference.Missing,
            StatedSchoolYear = root.SchoolYear("statedSchoolYear"),
            PlanCited = root.Object("planCited", Reference) ?? DocumentReference.Missing,
            Groups = Groups(root, r => new ReportRow(r.String("criterion", required: true))
            {
                PlanAsWritten = r.String("planAsWritten"),
                PlanAsAdjusted = r.String("planAsAdjusted"),
                Completed = r.String("completed"),
                InProgress = r.String("inProgress"),
                IsLate = r.Bool("isLate"),
                LateReason = r.String("lateReason"),
                NotStarted = r.String("notStarted"),
                NotStartedReason = r.String("notStartedReason"),
                Notes = r.String("notes"),
            }),
            Attachments = root.Array("attachments", (e, p) =>
            {
                JsonShape a = JsonShape.Of(e, p);
                return Finish(a, new ReportAttachment(a.String("title"), a.Object("reportCited", Reference) ?? DocumentReference.Missing));
            }),
        });

    /// <summary>Reads a supervision record.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record, or a failure naming the JSON path of the problem.</returns>
    public static ParseResult<SupervisionRecord> ReadSupervision(string? json)
        => Read(json, "supervision", root => new SupervisionRecord
        {
            Team = root.Object("team", t => Finish(t, new SupervisionTeam
            {
                Decision = t.Object("decision", Reference) ?? DocumentReference.Missing,
                Members = t.Array("members", (e, p) =>
                {
                    JsonShape m = JsonShape.Of(e, p);
                    return Finish(m, new TeamMember(m.String("name", required: true))
                    {
                        Number = m.String("number"), Position = m.String("position"), Role = m.Enum("role", Roles, TeamRole.Unspecified),
                    });
                }),
            })) ?? new SupervisionTeam(),
            Minutes = root.Array("minutes", (e, p) =>
            {
                JsonShape m = JsonShape.Of(e, p);
                return Finish(m, new SupervisionMinutes
                {
                    Date = m.Date("date"), Place = m.String("place"), Attendees = m.Strings("attendees"), CheckedItems = m.Strings("checkedItems"),
                    Strengths = m.String("strengths"), Limitations = m.String("limitations"), Recommendations = m.String("recommendations"),
                });
            }),
        });

    /// <summary>Reads an assessment sheet; an indicator or clause the framework does not have is a failure.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalog">Where its framework is looked up by id; <see cref="FrameworkCatalog.Default"/> by default.</param>
    /// <returns>The sheet, or a failure naming the JSON path of the problem.</returns>
    public static ParseResult<AssessmentSheet> ReadAssessment(string? json, FrameworkCatalog? catalog = null)
        => Read(json, "assessment", root =>
        {
            FrameworkVersion framework = Framework(root, catalog);
            AssessmentSheet.Builder builder = AssessmentSheet.CreateBuilder(framework);
            root.Array("indicators", (e, p) =>
            {
                JsonShape i = JsonShape.Of(e, p);
                ParseResult<CriterionId> criterion = CriterionId.Parse(i.String("criterion", required: true));
                int level = i.Int("level", 1, Level.MaxValue, required: true)!.Value;
                ParseResult<IndicatorKey> key = IndicatorKey.Parse(i.String("key", required: true));
                IndicatorResult result = i.Enum("result", Results, IndicatorResult.NotAssessed);
                i.End();
                if (!criterion.Success || criterion.Value.ToString() != i.String("criterion") || !key.Success
                    || !builder.TrySet(criterion.Value, new Level(level), key.Value, result))
                {
                    throw new JsonShapeException(p, $"{framework.LegalDocument} không có chỉ báo này", $"{framework.LegalDocument} has no such indicator");
                }
                return result;
            });
            root.Array("additional", (e, p) =>
            {
                JsonShape a = JsonShape.Of(e, p);
                int clause = a.Int("clause", 1, 99, required: true)!.Value;
                IndicatorResult result = a.Enum("result", Results, IndicatorResult.NotAssessed);
                a.End();
                return builder.TrySetAdditional(clause, result)
                    ? result
                    : throw new JsonShapeException(p + ".clause", $"{framework.LegalDocument} không có yêu cầu này", $"{framework.LegalDocument} has no such requirement");
            });
            return builder.Build();
        });

    private static ParseResult<T> Read<T>(string? json, string kind, Func<JsonShape, T> read)
    {
        if (json is null || json.Length > MaxLength)
        {
            return Fail<T>(json, "$", json is null ? "không có văn bản JSON" : $"văn bản JSON dài quá {MaxLength} ký tự",
                json is null ? "no JSON text" : $"the JSON text is longer than {MaxLength} characters");
        }
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, ReadOptions);
            JsonShape root = JsonShape.Of(document.RootElement, "$");
            int version = root.Int("schemaVersion", 1, int.MaxValue, required: true)!.Value;
            if (version > SchemaVersion)
            {
                throw new JsonShapeException("$.schemaVersion", $"phiên bản lược đồ {version} mới hơn phiên bản thư viện đọc được ({SchemaVersion})",
                    $"schema version {version} is newer than this library reads ({SchemaVersion})");
            }
            string actual = root.String("kind", required: true);
            if (actual != kind)
            {
                throw new JsonShapeException("$.kind", $"cần \"{kind}\", không phải \"{actual}\"", $"expected \"{kind}\", not \"{actual}\"");
            }
            T value = read(root);
            root.End();
            return ParseResult<T>.ForValue(value);
        }
        catch (JsonException e)
        {
            return Fail<T>(json, e.Path ?? "$", "không phải JSON hợp lệ", "not valid JSON: " + e.Message);
        }
        catch (JsonShapeException e)
        {
            return Fail<T>(json, e.Path, e.Vietnamese, e.English);
        }
        catch (ArgumentException e)
        {
            return Fail<T>(json, "$", "giá trị không hợp lệ", "invalid value: " + e.Message);
        }
    }

    private static ParseResult<T> Fail<T>(string? json, string path, string vietnamese, string english)
        => ParseResult<T>.ForFailure(ParseFailure.Create(json, path, $"{path}: {vietnamese}", $"{path}: {english}"));

    private static T Finish<T>(JsonShape shape, T value)
    {
        shape.End();
        return value;
    }

    private static T Id<T>(JsonShape shape, string name, Func<string?, ParseResult<T>> parse)
    {
        string text = shape.String(name);
        if (text.Length == 0)
        {
            return default!;
        }
        ParseResult<T> id = parse(text);
        return id.Success ? id.Value : throw new JsonShapeException($"{shape.Path}.{name}", "mã không hợp lệ (1-63 ký tự a-z, 0-9, '-')", "invalid id (1-63 characters of a-z, 0-9, '-')");
    }

    private static FrameworkVersion Framework(JsonShape root, FrameworkCatalog? catalog)
    {
        string text = root.String("framework", required: true);
        ParseResult<FrameworkId> id = FrameworkId.Parse(text);
        return (id.Success ? (catalog ?? FrameworkCatalog.Default).Find(id.Value) : null)
            ?? throw new JsonShapeException("$.framework", $"không có bộ tiêu chuẩn \"{text}\"", $"no framework \"{text}\"");
    }

    private static DocumentReference Reference(JsonShape r)
        => Finish(r, new DocumentReference(r.String("number"), r.Date("date"), r.String("issuer")));

    private static List<TableGroup<TRow>> Groups<TRow>(JsonShape root, Func<JsonShape, TRow> row)
        where TRow : class
        => root.Array("groups", (e, p) =>
        {
            JsonShape g = JsonShape.Of(e, p);
            var group = new TableGroup<TRow>(g.String("rowNumber"), g.String("heading"), g.Array("rows", (re, rp) =>
            {
                JsonShape r = JsonShape.Of(re, rp);
                return Finish(r, row(r));
            }));
            return Finish(g, group);
        });
}
