using System;
using System.IO;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Protobuf;

namespace CaiTien.GrpcHost.Tests;

/// <summary>
/// The client's examples/*.json are the corpus documents, mistakes intact, in proto JSON. They are produced from the
/// corpus fixtures by the host's mapper; set CAITIEN_REGENERATE_EXAMPLES=1 to rewrite them.
/// </summary>
public sealed class ExampleFilesTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/CaiTien.Client/examples"));
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithIndentation());

    private static (string File, IMessage Message)[] Expected()
    {
        var selfAssessment = new EvaluateSchoolLevelRequest { Framework = "frameworks/tt18-2018" };
        foreach (var row in CorpusDocuments.Plan2021().Basis.SelfAssessment)
        {
            if (row.Criterion is { } c)
            {
                selfAssessment.CriterionLevels.Add(new CriterionLevel { Criterion = c.ToString(), Level = row.MarkedLevel?.Value ?? 0 });
            }
        }
        return new (string, IMessage)[]
        {
            ("plan-2021-2022.json", ProtoMapper.ToProto(CorpusDocuments.Plan2021())),
            ("report-2021-2022.json", ProtoMapper.ToProto(CorpusDocuments.Report2021())),
            ("self-assessment-2021-2022.json", selfAssessment),
            ("plan-2023-2024.json", ProtoMapper.ToProto(CorpusDocuments.Plan2023())),
            ("report-2023-2024.json", ProtoMapper.ToProto(CorpusDocuments.Report2023())),
            ("supervision-2023-2024.json", ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() })),
        };
    }

    [Fact]
    public void Examples_AreTheCorpusDocumentsInProtoJson()
    {
        bool regenerate = Environment.GetEnvironmentVariable("CAITIEN_REGENERATE_EXAMPLES") == "1";
        foreach (var (file, message) in Expected())
        {
            string path = Path.Combine(Folder, file);
            string json = Formatter.Format(message) + "\n";
            if (regenerate)
            {
                Directory.CreateDirectory(Folder);
                File.WriteAllText(path, json);
            }
            Assert.True(File.Exists(path), $"{path} is missing");
            IMessage parsed = JsonParser.Default.Parse(File.ReadAllText(path), message.Descriptor);
            Assert.Equal(message, parsed);
        }
    }
}
