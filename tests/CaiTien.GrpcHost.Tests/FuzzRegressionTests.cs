using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace CaiTien.GrpcHost.Tests;

/// <summary>
/// One test per cause the fuzzing of issue #14 found (INTERNAL, UNKNOWN or HTTP 500 on input the service should refuse
/// cleanly), against a really started host: each must now get a clean answer naming the field.
/// </summary>
public sealed class FuzzRegressionTests : IClassFixture<RealHostFixture>
{
    private readonly RealHost host;

    public FuzzRegressionTests(RealHostFixture fixture) => host = fixture.Host;

    private static Plan Plan2023() => ProtoMapper.ToProto(CorpusDocuments.Plan2023());

    private PlanService.PlanServiceClient Plans(GrpcChannel channel) => new(channel);

    private static async Task<(HttpStatusCode Status, JsonDocument Body)> PostJson(HttpClient http, string path, string json)
    {
        using var response = await http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text));
    }

    private static void AssertJsonInvalidField(HttpStatusCode status, JsonDocument body, string field)
    {
        Assert.True(status == HttpStatusCode.BadRequest, $"{status}: {body.RootElement}");
        Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32());
        var fields = body.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray()).Select(v => v.GetProperty("field").GetString()).ToList();
        Assert.Contains(field, fields);
    }

    // ---------- lone surrogates: ArgumentException from normalisation ----------

    [Fact]
    public async Task LoneSurrogate_InJson_InvalidArgumentWithPath()
    {
        using var http = host.Http();
        string plan = JsonFormatter.Default.Format(Plan2023());
        plan = plan.Replace("\"schoolName\": \"", "\"schoolName\": \"\\ud800", StringComparison.Ordinal);
        var (status, body) = await PostJson(http, "/v1/plans:validate", $"{{\"plan\": {plan}}}");
        AssertJsonInvalidField(status, body, "plan.school_name");

        (status, body) = await PostJson(http, "/v1/timeframes:parse", "{\"text\": \"HKI \\udc00\", \"schoolYear\": \"2023-2024\"}");
        AssertJsonInvalidField(status, body, "text");
    }

    [Fact]
    public void LoneSurrogate_InTheLibrary_ReplacedNotThrown()
    {
        // Documents normalise every text they are given (the normaliser itself is internal).
        static string Normalised(string text) => new Domain.Plans.PlanTask { Description = text }.Description;
        Assert.Equal("a\uFFFDb", Normalised("a\ud800b"));
        Assert.Equal("\uFFFD", Normalised("\udc00"));
        Assert.Equal("😀 x", Normalised("😀  x"));
        Assert.False(Domain.Calendar.TimeframeParser.Parse("HKI \ud800", new Domain.Calendar.SchoolYear(2023)).Success);
    }

    [Fact]
    public async Task InvalidUtf8_OverGrpc_InvalidArgument()
    {
        // A string field whose bytes are a CESU-8 surrogate (ED A0 80): not UTF-8, so not a valid proto3 string.
        byte[] message = { 0x0A, 0x03, 0xED, 0xA0, 0x80, 0x12, 0x09, (byte)'2', (byte)'0', (byte)'2', (byte)'3', (byte)'-', (byte)'2', (byte)'0', (byte)'2', (byte)'4' };
        var (status, message2) = await RawGrpc("/caitien.v1.CalendarService/ParseTimeframe", Frame(message));
        Assert.Equal((int)StatusCode.InvalidArgument, status);
        Assert.Contains("UTF-8", message2);
    }

    // ---------- full-width digits: \d matched them, then int.Parse failed ----------

    [Fact]
    public async Task FullWidthDigits_ReadAsTextNotDigits()
    {
        using var channel = host.Channel();
        var calendar = new CalendarService.CalendarServiceClient(channel);
        var parsed = await calendar.ParseTimeframeAsync(new ParseTimeframeRequest { Text = "tháng ２/２０２４", SchoolYear = "2023-2024" });
        Assert.False(parsed.Success);
        await RpcAssert.InvalidField("school_year", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest { SchoolYear = "２０２３-２０２４" }).ResponseAsync);

        var plan = Plan2023();
        plan.Groups[0].Items[0].Criterion = "Tiêu chí ２.４";
        plan.Groups[0].Items[0].Budget = "５.０００.０００ đồng";
        plan.Groups[0].Items[0].Tasks[0].Timeframe = "trước ngày ３１/５/２０２４";
        plan.Reference.Number = "１００/KH-TTT";
        var check = await Plans(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = plan });
        Assert.Contains(check.Findings, f => f.Path == "groups[0].items[0].budget");
    }

    // ---------- a calendar whose end is before its start ----------

    [Fact]
    public async Task ProvincialCalendar_EndBeforeStart_InvalidArgument()
    {
        using var channel = host.Channel();
        var calendar = new CalendarService.CalendarServiceClient(channel);
        await RpcAssert.InvalidField("province", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest
        {
            SchoolYear = "2023-2024",
            Province = new ProvincialOverride { Province = "Hà Nội", Opening = new Google.Type.Date { Year = 2024, Month = 6, Day = 1 }, YearEndsBefore = new Google.Type.Date { Year = 2024, Month = 5, Day = 25 } },
        }).ResponseAsync);
        await RpcAssert.InvalidField("province", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest
        {
            SchoolYear = "2023-2024",
            Province = new ProvincialOverride { Province = "Hà Nội", YearEndsBefore = new Google.Type.Date { Year = 2024, Month = 7, Day = 31 } },
        }).ResponseAsync);
        await RpcAssert.InvalidField("province.breaks[0].days", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest
        {
            SchoolYear = "2023-2024",
            Province = new ProvincialOverride { Province = "Hà Nội", Breaks = { new SchoolBreak { Name = "Tết", Days = new DateRange { Start = new Google.Type.Date { Year = 2024, Month = 2, Day = 14 }, End = new Google.Type.Date { Year = 2024, Month = 2, Day = 8 } } } } },
        }).ResponseAsync);
    }

    // ---------- a nullable .Value in FindFrameworkInForce ----------

    [Fact]
    public async Task FindFrameworkInForce_EmptyDate_InvalidArgument()
    {
        using var channel = host.Channel();
        var catalog = new CatalogService.CatalogServiceClient(channel);
        await RpcAssert.InvalidField("date", () => catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date(), SchoolType = SchoolType.LowerSecondary }).ResponseAsync);
        await RpcAssert.InvalidField("date", () => catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { SchoolType = SchoolType.LowerSecondary }).ResponseAsync);
    }

    // ---------- decimal overflow in budgets ----------

    [Theory]
    [InlineData("99999999999999999999999999999999 tỷ")]
    [InlineData("79228162514264337593543950336 đồng")]
    [InlineData("9.999.999.999.999.999.999.999.999.999 triệu")]
    [InlineData("99999999999999999999,5 tỷ")]
    public async Task Budget_Overflow_AFindingNotAnError(string budget)
    {
        Assert.False(Domain.Plans.Budget.Parse(budget).Success);
        using var channel = host.Channel();
        var plan = Plan2023();
        plan.Groups[0].Items[0].Budget = budget;
        var check = await Plans(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = plan });
        Assert.Contains(check.Findings, f => f.Path == "groups[0].items[0].budget");
    }

    // ---------- gzip-compressed frames the validation middleware could not read ----------

    private static byte[] Frame(byte[] payload, bool compressed = false)
    {
        byte[] body = new byte[5 + payload.Length];
        body[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32BigEndian(body.AsSpan(1), payload.Length);
        payload.CopyTo(body, 5);
        return body;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    private async Task<(int Status, string Message)> RawGrpc(string method, byte[] body, string? encoding = null)
    {
        using HttpClient client = host.RawGrpc();
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact, Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsByteArrayAsync();
        string? status = response.TrailingHeaders.TryGetValues("grpc-status", out var t) ? t.First()
            : response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : null;
        string message = response.TrailingHeaders.TryGetValues("grpc-message", out var m) ? Uri.UnescapeDataString(m.First())
            : response.Headers.TryGetValues("grpc-message", out var hm) ? Uri.UnescapeDataString(hm.First()) : string.Empty;
        return (int.Parse(status ?? "-1", System.Globalization.CultureInfo.InvariantCulture), message);
    }

    [Fact]
    public async Task CompressedFrames_ReadOrRefusedCleanly()
    {
        const string method = "/caitien.v1.CalendarService/ParseTimeframe";
        byte[] valid = new ParseTimeframeRequest { Text = "HKI", SchoolYear = "2023-2024" }.ToByteArray();
        Assert.Equal(0, (await RawGrpc(method, Frame(Gzip(valid), compressed: true), "gzip")).Status);
        Assert.Equal((int)StatusCode.InvalidArgument, (await RawGrpc(method, Frame(new byte[] { 1, 2, 3, 4, 5 }, compressed: true), "gzip")).Status);
        Assert.Equal((int)StatusCode.InvalidArgument, (await RawGrpc(method, Frame(Gzip(new byte[] { 0x0A, 0x50, 0x41 }), compressed: true), "gzip")).Status);
        Assert.Equal((int)StatusCode.InvalidArgument, (await RawGrpc(method, Frame(Gzip(valid), compressed: true))).Status);
        Assert.Equal((int)StatusCode.Unimplemented, (await RawGrpc(method, Frame(Gzip(valid), compressed: true), "br")).Status);
        // A small frame that inflates past the limit.
        byte[] bomb = Gzip(new ParseTimeframeRequest { Text = new string('a', 3 * 1024 * 1024), SchoolYear = "2023-2024" }.ToByteArray());
        Assert.True(bomb.Length < 64 * 1024);
        Assert.Equal((int)StatusCode.ResourceExhausted, (await RawGrpc(method, Frame(bomb, compressed: true), "gzip")).Status);

        // The client library's own compression.
        using var channel = host.Channel();
        var calendar = new CalendarService.CalendarServiceClient(channel);
        var headers = new Metadata { { "grpc-internal-encoding-request", "gzip" } };
        Assert.True((await calendar.ParseTimeframeAsync(new ParseTimeframeRequest { Text = "HKI", SchoolYear = "2023-2024" }, headers)).Success);
    }

    // ---------- a body over 1 MB: UNKNOWN instead of RESOURCE_EXHAUSTED ----------

    [Fact]
    public async Task BodyOverTheLimit_ResourceExhaustedOnBothTransports()
    {
        byte[] big = new ParseTimeframeRequest { Text = new string('a', 1024 * 1024 + 100), SchoolYear = "2023-2024" }.ToByteArray();
        var (status, _) = await RawGrpc("/caitien.v1.CalendarService/ParseTimeframe", Frame(big));
        Assert.Equal((int)StatusCode.ResourceExhausted, status);

        using var channel = host.Channel();
        var plan = Plan2023();
        plan.Groups[0].Items[0].TargetResult = new string('x', 2 * 1024 * 1024);
        await RpcAssert.Fails(StatusCode.ResourceExhausted, () => Plans(channel).CreatePlanAsync(new CreatePlanRequest { Parent = "schools/big", Plan = plan, PlanId = "kh-big" }).ResponseAsync);

        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/plans:validate")
        {
            Content = new StringContent($"{{\"plan\": {{\"schoolName\": \"{new string('x', 5 * 1024 * 1024)}\"}}}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await http.SendAsync(request);
        Assert.True((int)response.StatusCode is 413 or 429 or 400, response.StatusCode.ToString());
        Assert.Equal(8, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());
    }

    // ---------- error details that echo huge input: response headers over 64 KB ----------

    [Fact]
    public async Task ManyHugeBadValues_ErrorStaysSmall()
    {
        using var channel = host.Channel();
        var options = new CheckOptions();
        for (int i = 0; i < 600; i++)
        {
            options.Codes.Add($"XX{i}" + new string('z', 1_000));
            options.SeverityOverrides[$"YY{i}" + new string('q', 500)] = Severity.Error;
        }
        var ex = await RpcAssert.Fails(StatusCode.InvalidArgument, () => Plans(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = Plan2023(), Options = options }).ResponseAsync);
        int size = ex.Trailers.Sum(t => t.Key.Length + (t.IsBinary ? t.ValueBytes.Length : t.Value.Length));
        Assert.True(size < 16 * 1024, $"trailers of {size} bytes");
        var bad = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!;
        Assert.True(bad.FieldViolations.Count <= Infrastructure.Violations.MaxReported + 1);
        Assert.Contains("more", bad.FieldViolations[^1].Description);

        using var http = host.Http();
        var response = await http.GetAsync("/v1/schools/" + new string('a', 4000) + "/plans");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 4000);
    }

    // ---------- names: $ accepted a trailing newline ----------

    [Theory]
    [InlineData("schools/nl\n")]
    [InlineData("schools/nl\r\n")]
    [InlineData("schools/n\nl")]
    [InlineData(" schools/nl")]
    public async Task ParentWithNewline_InvalidArgumentAndNothingStored(string parent)
    {
        using var channel = host.Channel();
        await RpcAssert.InvalidField("parent", () => Plans(channel).CreatePlanAsync(new CreatePlanRequest { Parent = parent, Plan = Plan2023(), PlanId = "kh-nl" }).ResponseAsync);
        await RpcAssert.InvalidField("name", () => Plans(channel).GetPlanAsync(new GetPlanRequest { Name = parent + "/plans/kh-nl" }).ResponseAsync);
        Assert.Empty((await Plans(channel).ListPlansAsync(new ListPlansRequest { Parent = "schools/nl" })).Plans);
    }

    // ---------- REQUIRED fields accepted empty ----------

    [Fact]
    public async Task RequiredFieldsEmpty_InvalidArgumentWithPaths()
    {
        using var channel = host.Channel();
        var plans = Plans(channel);
        var plan = Plan2023();
        plan.Groups[1].Heading = " ";
        plan.Groups[2].Items[0].Criterion = "";
        var ex = await RpcAssert.Fails(StatusCode.InvalidArgument, () => plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/required", Plan = plan }).ResponseAsync);
        var fields = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("plan.groups[1].heading", fields);
        Assert.Contains("plan.groups[2].items[0].criterion", fields);
        Assert.Empty((await plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/required" })).Plans);

        var report = ProtoMapper.ToProto(CorpusDocuments.Report2023());
        report.Groups[0].Rows[0].Criterion = "";
        await RpcAssert.InvalidField("report.groups[0].rows[0].criterion", () => plans.CheckReportAsync(new CheckReportRequest { Report = report }).ResponseAsync);

        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), Array.Empty<Domain.Supervision.SupervisionMinutes>());
        supervision.Members[3].Name = "";
        await RpcAssert.InvalidField("supervision.members[3].name", () => plans.CheckSupervisionAsync(new CheckSupervisionRequest { Supervision = supervision, Plan = Plan2023() }).ResponseAsync);

        var calendar = new CalendarService.CalendarServiceClient(channel);
        await RpcAssert.InvalidField("text", () => calendar.ParseTimeframeAsync(new ParseTimeframeRequest { Text = "", SchoolYear = "2023-2024" }).ResponseAsync);
        await RpcAssert.InvalidField("plan", () => plans.ValidatePlanAsync(new ValidatePlanRequest()).ResponseAsync);
    }

    // ---------- too much work for one request ----------

    [Fact]
    public async Task ManyEmptyItems_RefusedBeforeAnyWork()
    {
        using var channel = host.Channel();
        // The issue's case: 300,000 empty items, 0.6 MB, once cost 10 s of CPU and findings over the 4 MiB send limit.
        var plan = new Plan { SchoolYear = "2023-2024" };
        var group = new PlanGroup { Heading = "Tiêu chuẩn 1" };
        for (int i = 0; i < 300_000; i++)
        {
            group.Items.Add(new PlanItem());
        }
        plan.Groups.Add(group);
        await RpcAssert.InvalidField("plan.groups[0].items", () => Plans(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = plan }).ResponseAsync);

        plan.Groups.Clear();
        for (int g = 0; g < 25; g++)
        {
            var small = new PlanGroup { Heading = "Tiêu chuẩn 1" };
            for (int i = 0; i < 500; i++)
            {
                small.Items.Add(new PlanItem { Criterion = "1" });
            }
            plan.Groups.Add(small);
        }
        var ex = await RpcAssert.Fails(StatusCode.InvalidArgument, () => Plans(channel).ValidatePlanAsync(new ValidatePlanRequest { Plan = plan }).ResponseAsync);
        Assert.Contains("10000", ex.Status.Detail);
    }

    // ---------- supervision without an etag: last writer wins ----------

    [Fact]
    public async Task Supervision_UpdateWithoutEtag_RefusedOnceItExists_AndConcurrentAppendsAllSurvive()
    {
        using var channel = host.Channel();
        var plans = Plans(channel);
        var plan = await plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/sup-etag", Plan = Plan2023(), PlanId = "kh-1" });
        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), Array.Empty<Domain.Supervision.SupervisionMinutes>());
        supervision.Name = plan.Name + "/supervision";
        var created = await plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision });
        var again = await RpcAssert.Fails(StatusCode.FailedPrecondition, () => plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision }).ResponseAsync);
        Assert.Equal("ETAG_REQUIRED", again.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);

        // Eight clients, ten minutes each, read-modify-write with the etag and retry: all 80 survive.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
        {
            for (int n = 0; n < 10; n++)
            {
                while (true)
                {
                    var current = await plans.GetSupervisionAsync(new GetSupervisionRequest { Name = created.Name });
                    current.Minutes.Add(new SupervisionMinutes { Place = $"w{w}.{n}" });
                    try
                    {
                        await plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = current });
                        break;
                    }
                    catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
                    {
                    }
                }
            }
        }));
        var final = await plans.GetSupervisionAsync(new GetSupervisionRequest { Name = created.Name });
        Assert.Equal(80, final.Minutes.Count);
        Assert.Equal(80, final.Minutes.Select(m => m.Place).Distinct().Count());
    }
}
