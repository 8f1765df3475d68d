using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CaiTien.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

// caitien: the command-line client of the CaiTien sample host. Run "caitien help".
Console.OutputEncoding = Encoding.UTF8;
var cli = new Cli(args);
return await cli.RunAsync();

internal sealed class Cli
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));
    private readonly List<string> positional = new();
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public Cli(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                string key = args[i].Substring(2);
                options[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
            else
            {
                positional.Add(args[i]);
            }
        }
    }

    private string Address => options.GetValueOrDefault("address") ?? Environment.GetEnvironmentVariable("CAITIEN_ADDRESS") ?? "http://localhost:5051";

    // The bearer token sent with every call: --token, else CAITIEN_TOKEN; none for the open methods.
    private string? Token => options.GetValueOrDefault("token") ?? Environment.GetEnvironmentVariable("CAITIEN_TOKEN");

    public async Task<int> RunAsync()
    {
        string command = positional.Count > 0 ? positional[0] : "help";
        using GrpcChannel channel = GrpcChannel.ForAddress(Address, new GrpcChannelOptions { HttpHandler = new BearerHandler(Token) });
        try
        {
            return command switch
            {
                "token" => IssueToken(),
                "plans" => await Plans(channel, Arg(1, "school, e.g. schools/thcs-ton-that-tung")),
                "approve" => await Approve(channel, Arg(1, "plan name")),
                "history" => await History(channel, Arg(1, "plan, report or supervision name")),
                "catalog" => await Catalog(channel),
                "criterion" => await Criterion(channel, Arg(1, "criterion id, e.g. 1.10")),
                "evaluate" => await Evaluate(channel, Arg(1, "request JSON file")),
                "timeframe" => await Timeframe(channel, Arg(1, "text"), options.GetValueOrDefault("year") ?? "2023-2024"),
                "create-plan" => await CreatePlan(channel, Arg(1, "plan JSON file"), Required("school"), options.GetValueOrDefault("id")),
                "check-report" => await CheckReport(channel, Arg(1, "report JSON file"), options.GetValueOrDefault("plan")),
                "check-supervision" => await CheckSupervision(channel, Arg(1, "supervision JSON file"), Required("plan")),
                "progress" => await Progress(channel, Arg(1, "plan name"), options.GetValueOrDefault("date")),
                "health" => await Health(channel),
                "demo" => await Demo(channel),
                _ => Help(),
            };
        }
        catch (RpcException ex)
        {
            PrintError(ex);
            return 1;
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"Thiếu tham số (missing argument): {ex.Message}");
            return 2;
        }
    }

    private static int Help()
    {
        Console.WriteLine("""
            caitien — client of the CaiTien sample host (default --address http://localhost:5051, or CAITIEN_ADDRESS)

              catalog                                   the frameworks, standards and criteria (TT 18/2018)
              criterion 1.10                            one criterion with its indicators
              evaluate <request.json>                   a school's level from a self-assessment (EvaluateSchoolLevelRequest)
              timeframe "<text>" [--year 2023-2024]     read a timeframe as schools write it
              create-plan <plan.json> --school <id> [--id <plan-id>]   store a plan (proto JSON) and check it
              check-report <report.json> [--plan <schools/…/plans/…>]  check a report against a stored plan (or alone)
              check-supervision <supervision.json> --plan <schools/…/plans/…>
              progress <schools/…/plans/…> [--date 2024-03-01]         a stored plan's state on a date
              plans schools/<id>                        a school's stored plans
              approve <schools/…/plans/…>               approve (sign and issue) a plan: it can no longer change
              history <schools/…/plans/…>               every write of a plan: who, when, which fields
              health                                    the host's health
              demo                                      all of the above on the corpus examples (examples/)
              token --role school --school <id> | --role officer --jurisdiction 01/006 | --role admin
                    [--subject who] [--hours 8] [--key-file data/signing.key]
                                                        a development token signed with the host's key

            Stored documents need a token: --token <jwt> or CAITIEN_TOKEN. The catalog, calendar and checks of
            documents sent inline need none.
            """);
        return 0;
    }

    private string Arg(int index, string what) => positional.Count > index ? positional[index] : throw new UsageException(what);

    private string Required(string option) => options.GetValueOrDefault(option) ?? throw new UsageException($"--{option}");

    private static T Load<T>(string path)
        where T : IMessage<T>, new()
    {
        string full = File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        return Parser.Parse<T>(File.ReadAllText(full));
    }

    // ---------------- commands ----------------

    private int IssueToken()
    {
        string role = Required("role");
        string keyFile = options.GetValueOrDefault("key-file") ?? Path.Combine("data", "signing.key");
        if (!File.Exists(keyFile))
        {
            throw new UsageException($"--key-file: {keyFile} does not exist (the host creates it next to its database on first run)");
        }
        string? school = options.GetValueOrDefault("school");
        string? jurisdiction = options.GetValueOrDefault("jurisdiction");
        string subject = options.GetValueOrDefault("subject") ?? $"{role}:{school ?? jurisdiction ?? "all"}";
        double hours = double.Parse(options.GetValueOrDefault("hours") ?? "8", System.Globalization.CultureInfo.InvariantCulture);
        byte[] key = CaiTien.GrpcHost.Auth.DevelopmentTokens.Decode(File.ReadAllText(keyFile).Trim(), keyFile);
        Console.WriteLine(CaiTien.GrpcHost.Auth.DevelopmentTokens.Issue(key, subject, role, school, jurisdiction, TimeSpan.FromHours(hours), DateTime.UtcNow));
        return 0;
    }

    private static async Task<int> Plans(GrpcChannel channel, string school)
    {
        var response = await new PlanService.PlanServiceClient(channel).ListPlansAsync(new ListPlansRequest { Parent = school }, deadline: Deadline());
        Console.WriteLine($"{school}: {response.Plans.Count} kế hoạch (plans)");
        foreach (Plan p in response.Plans)
        {
            Console.WriteLine($"  {p.Name}  {p.SchoolYear}  {p.Reference?.Number}  {(p.State == DocumentState.Approved ? "ĐÃ PHÊ DUYỆT (approved)" : "dự thảo (draft)")}  etag {p.Etag}");
        }
        return 0;
    }

    private static async Task<int> Approve(GrpcChannel channel, string name)
    {
        var client = new PlanService.PlanServiceClient(channel);
        Plan current = await client.GetPlanAsync(new GetPlanRequest { Name = name }, deadline: Deadline());
        Plan approved = await client.ApprovePlanAsync(new ApprovePlanRequest { Name = name, Etag = current.Etag }, deadline: Deadline());
        Console.WriteLine($"Đã phê duyệt (approved) {approved.Name} bởi (by) {approved.Approver}, etag {approved.Etag}");
        return 0;
    }

    private static async Task<int> History(GrpcChannel channel, string name)
    {
        var response = await new PlanService.PlanServiceClient(channel).ListRevisionsAsync(new ListRevisionsRequest { Parent = name, PageSize = 100 }, deadline: Deadline());
        Console.WriteLine($"Lịch sử (history) {name}:");
        foreach (Revision r in response.Revisions)
        {
            Console.WriteLine($"  {r.Name.Split('/')[^1],3}  {r.CreateTime.ToDateTime():yyyy-MM-dd HH:mm:ss}Z  {r.Action,-7}  {r.Actor,-32}  {string.Join(", ", r.ChangedFields)}");
        }
        return 0;
    }

    private static async Task<int> Catalog(GrpcChannel channel)
    {
        var client = new CatalogService.CatalogServiceClient(channel);
        var response = await client.ListFrameworksAsync(new ListFrameworksRequest { View = FrameworkView.Basic }, deadline: Deadline());
        foreach (Framework f in response.Frameworks)
        {
            Console.WriteLine($"{f.LegalDocument} — {f.Name}");
            Console.WriteLine($"Hiệu lực (in force): {Date(f.EffectiveFrom)} → {Date(f.EffectiveUntil)}");
            PrintProvenance(f);
            Console.WriteLine($"{f.Standards.Count} tiêu chuẩn (standards), {f.CriterionCount} tiêu chí (criteria), {f.IndicatorCount} chỉ báo (indicators), {f.LevelCount} mức (levels)");
            foreach (Standard s in f.Standards)
            {
                Console.WriteLine($"  Tiêu chuẩn {s.Number}: {s.Title}");
                foreach (var c in s.Criteria)
                {
                    Console.WriteLine($"    {c.Id,-5} đến Mức {c.HighestLevel}  {c.Title}");
                }
            }
        }
        return 0;
    }

    private static async Task<int> Criterion(GrpcChannel channel, string id)
    {
        var c = await new CatalogService.CatalogServiceClient(channel).GetCriterionAsync(new GetCriterionRequest { Name = $"frameworks/tt18-2018/criteria/{id}" }, deadline: Deadline());
        Console.WriteLine($"Tiêu chí {c.Id}: {c.Title} (đến Mức {c.HighestLevel})");
        foreach (var i in c.Indicators)
        {
            Console.WriteLine($"  Mức {i.Level} {i.Key}) {i.Text}");
        }
        return 0;
    }

    private static async Task<int> Evaluate(GrpcChannel channel, string file)
    {
        var e = await new AssessmentService.AssessmentServiceClient(channel).EvaluateSchoolLevelAsync(Load<EvaluateSchoolLevelRequest>(file), deadline: Deadline());
        Console.WriteLine($"Mức đạt được (level reached): {(e.AchievedLevel == 0 ? "chưa đạt Mức 1" : $"Mức {e.AchievedLevel}")}");
        Console.WriteLine($"  {e.ExplanationVi}");
        Console.WriteLine($"  {e.ExplanationEn}");
        return 0;
    }

    private static async Task<int> Timeframe(GrpcChannel channel, string text, string year)
    {
        var r = await new CalendarService.CalendarServiceClient(channel).ParseTimeframeAsync(new ParseTimeframeRequest { Text = text, SchoolYear = year }, deadline: Deadline());
        if (!r.Success)
        {
            Console.WriteLine($"Không đọc được (cannot read): {r.ErrorVi}");
            Console.WriteLine($"  {r.ErrorEn}");
            return 1;
        }
        Console.WriteLine($"\"{text}\" ({year}) → {Date(r.Days.Start)} – {Date(r.Days.End)}  [{r.Kind}] «{r.Canonical}»");
        foreach (string note in r.NotesVi)
        {
            Console.WriteLine($"  ghi chú: {note}");
        }
        return 0;
    }

    private static async Task<int> CreatePlan(GrpcChannel channel, string file, string school, string? id)
    {
        Plan plan = await CreateOrGetPlan(new PlanService.PlanServiceClient(channel), Load<Plan>(file), school, id);
        Console.WriteLine($"Đã lưu kế hoạch (stored): {plan.Name}  etag {plan.Etag}");
        var check = await new PlanService.PlanServiceClient(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = plan }, deadline: Deadline());
        PrintFindings($"Kiểm tra kế hoạch (plan check) {plan.Name}", check);
        return 0;
    }

    private static async Task<int> CheckReport(GrpcChannel channel, string file, string? plan)
    {
        var request = new CheckReportRequest { Report = Load<Report>(file) };
        if (plan is not null)
        {
            request.PlanName = plan;
        }
        var check = await new PlanService.PlanServiceClient(channel).CheckReportAsync(request, deadline: Deadline());
        PrintFindings($"Kiểm tra báo cáo (report check){(plan is null ? string.Empty : $" theo {plan}")}", check);
        return 0;
    }

    private static async Task<int> CheckSupervision(GrpcChannel channel, string file, string plan)
    {
        var check = await new PlanService.PlanServiceClient(channel).CheckSupervisionAsync(
            new CheckSupervisionRequest { Supervision = Load<Supervision>(file), PlanName = plan }, deadline: Deadline());
        PrintFindings($"Kiểm tra hồ sơ giám sát (supervision check) theo {plan}", check);
        return 0;
    }

    private static async Task<int> Progress(GrpcChannel channel, string plan, string? date)
    {
        var request = new GetPlanProgressRequest { Name = plan };
        if (date is not null)
        {
            var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
            request.Date = new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day };
        }
        var p = await new PlanService.PlanServiceClient(channel).GetPlanProgressAsync(request, deadline: Deadline());
        Console.WriteLine($"Tiến độ {p.Name} ngày {Date(p.Date)}: {p.OverdueCount} quá hạn (overdue), {p.DueSoonCount} sắp đến hạn (due soon), {p.NotYetStartedCount} chưa bắt đầu (not yet started)");
        Table(new[] { "Tiêu chí", "Trạng thái", "Thời gian", "Từ – đến", "Còn (ngày)", "Công việc" },
            p.Tasks.Select(t => new[]
            {
                t.Criterion, StateVi(t.State), t.Timeframe, $"{Date(t.Start)} – {Date(t.End)}", t.HasDaysLeft ? t.DaysLeft.ToString() : "", t.Description,
            }));
        foreach (var c in p.Checkpoints)
        {
            Console.WriteLine($"  {c.NameVi} ({Date(c.Due)}): {(c.HasMinutes ? "có biên bản (minutes exist)" : c.Past ? "KHÔNG có biên bản (no minutes)" : "chưa đến (not yet)")}");
        }
        return 0;
    }

    private static async Task<int> Health(GrpcChannel channel)
    {
        var response = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest(), deadline: Deadline());
        Console.WriteLine($"health: {response.Status}");
        return response.Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
    }

    private async Task<int> Demo(GrpcChannel channel)
    {
        Console.WriteLine("== Bộ tiêu chuẩn (catalog)");
        var frameworks = await new CatalogService.CatalogServiceClient(channel).ListFrameworksAsync(new ListFrameworksRequest(), deadline: Deadline());
        foreach (var f in frameworks.Frameworks)
        {
            Console.WriteLine($"{f.Name}  {Date(f.EffectiveFrom)} → {Date(f.EffectiveUntil)}  {f.LegalDocument}: {f.Standards.Count} tiêu chuẩn, {f.CriterionCount} tiêu chí, {f.LevelCount} mức, {f.IndicatorCount} chỉ báo");
            PrintProvenance(f);
        }

        Console.WriteLine();
        Console.WriteLine("== Mức của trường theo bảng tự đánh giá 2021-2022 (school level from the 2021-2022 self-assessment)");
        await Evaluate(channel, "examples/self-assessment-2021-2022.json");

        Console.WriteLine();
        Console.WriteLine("== Đọc thời gian (timeframes)");
        foreach (string text in new[] { "HKI, năm học 23-24", "Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022", "trước ngày 31/5", "tháng 13/2023" })
        {
            await Timeframe(channel, text, text.Contains("2021") ? "2021-2022" : "2023-2024");
        }

        var plans = new PlanService.PlanServiceClient(channel);
        string school = options.GetValueOrDefault("school") ?? "thcs-ton-that-tung";
        Console.WriteLine();
        Console.WriteLine("== Kế hoạch 100/KH-TTT (plan-supervision-report-2023-2024-thcs.txt)");
        Plan plan = await CreateOrGetPlan(plans, Load<Plan>("examples/plan-2023-2024.json"), school, "kh-100-kh-ttt");
        Console.WriteLine($"Đã lưu (stored): {plan.Name}  etag {plan.Etag}");
        PrintFindings("Kiểm tra kế hoạch (plan check)", await plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = plan }, deadline: Deadline()));
        PrintFindings("Kiểm tra báo cáo 106/BC-TTT theo kế hoạch đã lưu (report check against the stored plan)",
            await plans.CheckReportAsync(new CheckReportRequest { Report = Load<Report>("examples/report-2023-2024.json"), PlanName = plan.Name }, deadline: Deadline()));
        var supervision = Load<Supervision>("examples/supervision-2023-2024.json");
        supervision.Name = $"{plan.Name}/supervision";
        try
        {
            await plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision }, deadline: Deadline());
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
        {
            // A record from an earlier run: replacing it needs the etag it was read with.
            supervision.Etag = (await plans.GetSupervisionAsync(new GetSupervisionRequest { Name = supervision.Name }, deadline: Deadline())).Etag;
            await plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision }, deadline: Deadline());
        }
        PrintFindings("Kiểm tra tổ giám sát và biên bản (supervision check)",
            await plans.CheckSupervisionAsync(new CheckSupervisionRequest { Supervision = supervision, PlanName = plan.Name }, deadline: Deadline()));
        Console.WriteLine();
        await Progress(channel, plan.Name, "2024-03-01");

        Console.WriteLine();
        Console.WriteLine("== Kế hoạch và báo cáo 2021-2022 (plan-2021-2022-thcs.txt, report-2021-2022-thcs.txt)");
        PrintFindings("Kiểm tra kế hoạch 2021-2022 (plan check)",
            await plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = Load<Plan>("examples/plan-2021-2022.json") }, deadline: Deadline()));
        PrintFindings("Kiểm tra báo cáo 2021-2022, không kèm kế hoạch (report check, alone)",
            await plans.CheckReportAsync(new CheckReportRequest { Report = Load<Report>("examples/report-2021-2022.json") }, deadline: Deadline()));
        return 0;
    }

    private static async Task<Plan> CreateOrGetPlan(PlanService.PlanServiceClient client, Plan plan, string school, string? id)
    {
        try
        {
            return await client.CreatePlanAsync(new CreatePlanRequest { Parent = $"schools/{school}", Plan = plan, PlanId = id ?? string.Empty }, deadline: Deadline());
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists && id is not null)
        {
            Plan stored = await client.GetPlanAsync(new GetPlanRequest { Name = $"schools/{school}/plans/{id}" }, deadline: Deadline());
            if (stored.State == DocumentState.Approved)
            {
                return stored;
            }
            plan.Name = stored.Name;
            plan.Etag = stored.Etag;
            return await client.UpdatePlanAsync(new UpdatePlanRequest { Plan = plan, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "*" } } }, deadline: Deadline());
        }
    }

    // ---------------- output ----------------

    private static void PrintProvenance(Framework f)
    {
        Console.WriteLine($"  nguồn văn bản (text): {CertaintyVi(f.Provenance.Certainty)}{WordingVi(f.Provenance.Wording)}; ngày hiệu lực (dates): {CertaintyVi(f.ValidityProvenance.Certainty)}"
            + (f.BasedOn.Length > 0 ? $"; sửa đổi từ (amends) {f.BasedOn} bởi {f.AmendedBy}" : string.Empty));
        Console.WriteLine($"  chỉ báo theo độ tin cậy (indicators by certainty): {string.Join(", ", f.IndicatorProvenance.Select(c => $"{c.Indicators} {CertaintyVi(c.Certainty)}{WordingVi(c.Wording)}"))}");
    }

    private static string CertaintyVi(SourceCertainty c) => c switch
    {
        SourceCertainty.Official => "chính thức (official)",
        SourceCertainty.Confirmed => "đã xác nhận (confirmed)",
        SourceCertainty.Corroborated => "nhiều nguồn khớp, chưa đối chiếu văn bản chính thức (corroborated)",
        SourceCertainty.SingleSource => "một nguồn (single source)",
        SourceCertainty.Inferred => "suy luận (inferred)",
        _ => c.ToString(),
    };

    private static string WordingVi(WordingStatus w) => w switch
    {
        WordingStatus.Reconstructed => ", lời văn tái dựng (reconstructed)",
        WordingStatus.NotYetTranscribed => ", có thể đã sửa đổi, chưa chép (not yet transcribed)",
        _ => string.Empty,
    };

    private static DateTime Deadline() => DateTime.UtcNow.AddSeconds(30);

    private static string Date(Google.Type.Date? d) => d is null || d.Year == 0 ? "…" : $"{d.Day}/{d.Month}/{d.Year}";

    private static string StateVi(TaskState s) => s switch
    {
        TaskState.Overdue => "QUÁ HẠN",
        TaskState.DueSoon => "sắp đến hạn",
        TaskState.Running => "đang thực hiện",
        TaskState.NotYetStarted => "chưa bắt đầu",
        TaskState.Completed => "đã xong",
        TaskState.Unscheduled => "không đọc được thời gian",
        _ => s.ToString(),
    };

    private static string SeverityVi(Severity s) => s switch
    {
        Severity.Error => "LỖI",
        Severity.Warning => "cảnh báo",
        Severity.Info => "lưu ý",
        _ => "?",
    };

    private static void PrintFindings(string title, CheckResponse check)
    {
        Console.WriteLine();
        Console.WriteLine($"{title}: {check.ErrorCount} lỗi (errors), {check.WarningCount} cảnh báo (warnings), {check.InfoCount} lưu ý (infos)");
        if (check.Findings.Count == 0)
        {
            Console.WriteLine("  Không có phát hiện nào (no findings).");
            return;
        }
        Table(new[] { "Mã", "Mức độ", "Tiêu chí", "Vị trí", "Nội dung" },
            check.Findings.Select(f => new[] { f.Code, SeverityVi(f.Severity), f.Criterion, f.Path, f.MessageVi }));
    }

    private static void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var data = rows.ToList();
        int width = Math.Max(100, Console.IsOutputRedirected ? 160 : Math.Min(200, Console.WindowWidth));
        var widths = headers.Select((h, i) => Math.Max(h.Length, data.Count == 0 ? 0 : data.Max(r => i == headers.Length - 1 ? 0 : r[i].Length))).ToArray();
        widths[^1] = Math.Max(30, width - widths.Take(widths.Length - 1).Sum() - 3 * (widths.Length - 1));
        Console.WriteLine("  " + string.Join(" │ ", headers.Select((h, i) => h.PadRight(widths[i]))));
        Console.WriteLine("  " + string.Join("─┼─", widths.Select(w => new string('─', w))));
        foreach (var row in data)
        {
            var lines = Wrap(row[^1], widths[^1]);
            for (int l = 0; l < lines.Count; l++)
            {
                var cells = row.Take(row.Length - 1).Select((c, i) => (l == 0 ? c : string.Empty).PadRight(widths[i])).Append(lines[l]);
                Console.WriteLine("  " + string.Join(" │ ", cells));
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static void PrintError(RpcException ex)
    {
        Console.Error.WriteLine($"Lỗi gRPC {ex.StatusCode}: {ex.Status.Detail}");
        Google.Rpc.Status? status = ex.GetRpcStatus();
        if (status is null)
        {
            return;
        }
        foreach (var detail in status.Details)
        {
            if (detail.TryUnpack(out Google.Rpc.BadRequest bad))
            {
                foreach (var v in bad.FieldViolations)
                {
                    Console.Error.WriteLine($"  {v.Field}: {v.Description}");
                }
            }
            else if (detail.TryUnpack(out Google.Rpc.PreconditionFailure failure))
            {
                foreach (var v in failure.Violations)
                {
                    Console.Error.WriteLine($"  {v.Type} {v.Subject}: {v.Description}");
                }
            }
        }
    }

    private sealed class UsageException(string message) : Exception(message);

    /// <summary>Sends "authorization: Bearer …" with every call when a token is set.</summary>
    private sealed class BearerHandler(string? token) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
