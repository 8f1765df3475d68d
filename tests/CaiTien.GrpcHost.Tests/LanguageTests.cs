using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Protobuf;
using Grpc.Core;

namespace CaiTien.GrpcHost.Tests;

/// <summary>Findings come in the language the caller asks for: the request's options.language, else Accept-Language.</summary>
public sealed class LanguageTests : IClassFixture<HostFixture>
{
    private const string Vietnamese = "Báo cáo ghi thực hiện kế hoạch năm học 2022-2023, nhưng kế hoạch được trích dẫn là của năm học 2023-2024.";
    private const string English = "The report says it covers school year 2022-2023, but the plan it cites is for 2023-2024.";

    private readonly HostFixture host;

    public LanguageTests(HostFixture host) => this.host = host;

    private async Task<string> Bc001(string? language, string? acceptLanguage)
    {
        var request = new CheckReportRequest { Report = ProtoMapper.ToProto(CorpusDocuments.Report2023()), Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023()) };
        if (language is not null)
        {
            request.Options = new CheckOptions { Language = language };
        }
        var headers = new Metadata();
        if (acceptLanguage is not null)
        {
            headers.Add("accept-language", acceptLanguage);
        }
        var response = await host.Plans.CheckReportAsync(request, headers);
        var finding = response.Findings.First(f => f.Code == "BC001");
        Assert.Equal(Vietnamese, finding.MessageVi);
        Assert.Equal(English, finding.MessageEn);
        return finding.Message;
    }

    [Fact]
    public async Task Message_DefaultsToVietnamese() => Assert.Equal(Vietnamese, await Bc001(null, null));

    [Theory]
    [InlineData("en-US,en;q=0.9", English)]
    [InlineData("fr-FR, en;q=0.5, vi;q=0.8", Vietnamese)]
    [InlineData("de", Vietnamese)]
    public async Task Message_FollowsAcceptLanguage(string header, string expected) => Assert.Equal(expected, await Bc001(null, header));

    [Theory]
    [InlineData("en", English)]
    [InlineData("vi-VN", Vietnamese)]
    [InlineData("vi,en", Vietnamese + " (" + English + ")")]
    public async Task Message_RequestFieldWinsOverTheHeader(string language, string expected) => Assert.Equal(expected, await Bc001(language, "en"));

    [Fact]
    public async Task Language_Unknown_IsInvalidArgument()
        => await RpcAssert.InvalidField("options.language", () => host.Plans.ValidatePlanAsync(new ValidatePlanRequest
        {
            Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023()), Options = new CheckOptions { Language = "klingon" },
        }).ResponseAsync);

    [Fact]
    public async Task Json_AcceptLanguageHeader_Honoured()
    {
        using HttpClient http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/plans:validate")
        {
            Content = new StringContent($"{{\"plan\":{JsonFormatter.Default.Format(ProtoMapper.ToProto(CorpusDocuments.Plan2021()))}}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Accept-Language", "en");
        var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var kh011 = body.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "KH011");
        Assert.Equal(kh011.GetProperty("messageEn").GetString(), kh011.GetProperty("message").GetString());
    }
}
