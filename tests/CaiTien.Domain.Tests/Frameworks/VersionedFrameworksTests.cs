using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;
using NodaTime;

namespace CaiTien.Domain.Tests.Frameworks;

/// <summary>The three shipped versions: their dates, structure, provenance, and the derivation of the TT 22 version.</summary>
public sealed class VersionedFrameworksTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;
    private static readonly FrameworkVersion Tt22 = KnownFrameworks.Tt18AmendedByTt22;
    private static readonly FrameworkVersion Tt57 = KnownFrameworks.Tt57;

    [Fact]
    public void Versions_FollowEachOtherWithoutGapOrOverlap()
    {
        Assert.Equal(new[] { "tt18-2018", "tt18-2018-tt22-2024", "tt57-2026" }, FrameworkCatalog.Default.Frameworks.Select(f => f.Id.Value));
        Assert.Equal(new LocalDate(2018, 10, 10), Tt18.EffectiveFrom);
        Assert.Equal(new LocalDate(2025, 1, 24), Tt18.EffectiveUntil);
        Assert.Equal(new LocalDate(2025, 1, 25), Tt22.EffectiveFrom);
        Assert.Equal(new LocalDate(2026, 7, 6), Tt22.EffectiveUntil);
        Assert.Equal(new LocalDate(2026, 7, 7), Tt57.EffectiveFrom);
        Assert.Null(Tt57.EffectiveUntil);
    }

    [Fact]
    public void Provenance_CertaintyPerVersion_IsWhatTheNotesSay()
    {
        Assert.Equal(SourceCertainty.Official, Tt18.Provenance.Certainty);
        Assert.Equal(SourceCertainty.Confirmed, Tt18.ValidityProvenance.Certainty);
        Assert.Equal(WordingStatus.NotYetTranscribed, Tt22.Provenance.Wording);
        Assert.Equal(SourceCertainty.Corroborated, Tt22.ValidityProvenance.Certainty);
        Assert.Equal(SourceCertainty.Corroborated, Tt57.Provenance.Certainty);
        Assert.Equal(SourceCertainty.Corroborated, Tt57.ValidityProvenance.Certainty);
        Assert.True(Tt18.Provenance.IsVerified);
        Assert.False(Tt22.IsVerified);
        Assert.False(Tt57.IsVerified);
        Assert.Null(Tt18.Criteria[0].Provenance.Caveat());
        Assert.Contains("chưa kiểm chứng", Tt57.Criteria[0].Provenance.Caveat()!.Vietnamese);
    }

    [Fact]
    public void Tt22_Derivation_ReplacesOnly5_6Muc3AndMarksTheRestNotYetTranscribed()
    {
        Assert.Equal(new FrameworkId("tt18-2018"), Tt22.BasedOn);
        Assert.Equal("Thông tư 22/2024/TT-BGDĐT", Tt22.AmendedBy);
        Assert.Equal(Tt18.IndicatorCount, Tt22.IndicatorCount);
        Assert.Equal(Tt18.Standards.Select(s => s.Title), Tt22.Standards.Select(s => s.Title));
        Assert.Equal(Tt18.Criteria.Select(c => (c.Id, c.Name, c.HighestLevel)), Tt22.Criteria.Select(c => (c.Id, c.Name, c.HighestLevel)));
        var changed = Enumerable.Range(0, Tt18.IndicatorCount).Where(i => Tt18.GetIndicator(i).Text != Tt22.GetIndicator(i).Text)
            .Select(i => Tt22.GetIndicator(i).ToString()).ToList();
        Assert.Equal(new[] { "5.6 Mức 3 a" }, changed);
        var amended = Tt22.FindCriterion(new CriterionId(5, 6))!.IndicatorsAt(Level.Three);
        Assert.StartsWith("Kết quả học tập, rèn luyện của học sinh", amended[0].Text);
        Assert.DoesNotContain("học lực", amended[0].Text);
        Assert.DoesNotContain("lớp tiểu học", amended[0].Text);
        Assert.Equal((SourceCertainty.Confirmed, WordingStatus.Reconstructed), (amended[0].Provenance.Certainty, amended[0].Provenance.Wording));
        Assert.Equal((SourceCertainty.Inferred, WordingStatus.Reconstructed), (amended[1].Provenance.Certainty, amended[1].Provenance.Wording));
        Assert.All(amended, i => Assert.Contains("khoản 16 Điều 2", i.Provenance.AmendedBy));
        var others = Tt22.Criteria.SelectMany(c => c.Indicators).Where(i => !(i.Criterion == new CriterionId(5, 6) && i.Level == Level.Three)).ToList();
        Assert.Equal(Tt18.IndicatorCount - 2, others.Count);
        Assert.All(others, i => Assert.Equal((SourceCertainty.Official, WordingStatus.NotYetTranscribed), (i.Provenance.Certainty, i.Provenance.Wording)));
        Assert.All(Tt22.AdditionalRequirements, a => Assert.Equal(WordingStatus.NotYetTranscribed, a.Provenance.Wording));
    }

    [Fact]
    public void Tt22_Derivation_CarriesAFixOfTheBaseText()
    {
        // A correction of the TT 18 file (here: another 1.5 name) reaches the amended version unchanged.
        var baseNode = System.Text.Json.Nodes.JsonNode.Parse(Embedded("tt18-2018"))!;
        baseNode["standards"]![0]!["criteria"]![4]!["name"] = "Lớp học (bản sửa thử)";
        using var baseDoc = JsonDocument.Parse(baseNode.ToJsonString());
        using var derived = JsonDocument.Parse(Embedded("tt18-2018-tt22-2024"));
        FrameworkVersion version = FrameworkJsonLoader.Load(derived.RootElement, baseDoc.RootElement);
        Assert.Equal("Lớp học (bản sửa thử)", version.FindCriterion(new CriterionId(1, 5))!.Name);
        Assert.Equal(WordingStatus.NotYetTranscribed, version.FindCriterion(new CriterionId(1, 5))!.Provenance.Wording);
    }

    private static string Embedded(string id)
    {
        using var stream = typeof(FrameworkVersion).Assembly.GetManifestResourceStream($"CaiTien.Domain.Frameworks.Data.{id}.json")!;
        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Tt57_Structure_Is4Standards15Criteria2Levels()
    {
        Assert.Equal(new[] { 4, 3, 5, 3 }, Tt57.Standards.Select(s => s.Criteria.Count));
        Assert.Equal(2, Tt57.LevelCount);
        Assert.Empty(Tt57.AdditionalRequirements);
        Assert.All(Tt57.Criteria, c =>
        {
            Assert.Equal(Level.Two, c.HighestLevel);
            Assert.Single(c.IndicatorsAt(Level.One));
            Assert.Single(c.IndicatorsAt(Level.Two));
        });
        Assert.Equal(EvidenceCodeForm.Mc, Tt57.EvidenceCodeForm);
        Assert.Equal(PlanForm.PriorityProblems, Tt57.PlanForm);
        Assert.Equal(PlanForm.CriterionTable, Tt22.PlanForm);
        Assert.Equal(new[] { SchoolType.Primary, SchoolType.LowerSecondary, SchoolType.UpperSecondary, SchoolType.MultiLevel }, Tt57.SchoolTypes);
    }

    /// <summary>Names and both level texts of each criterion equal the research note's Phụ lục II list.</summary>
    [Fact]
    public void Tt57_Texts_EqualTheReferenceNote()
    {
        string note = Fixture.Read("tt57-2026.md").Split("## 3. Phụ lục II")[1].Split("## 4. Recognition")[0];
        var criteria = Regex.Matches(note, @"^#### Tiêu chí ([0-9]\.[0-9]): (.+?)\s+\((\*\*bắt buộc\*\*|không bắt buộc)\)\n(?:- _Tên.*\n)?- \*\*Mức 1:\*\* (.+)\n- \*\*Mức 2:\*\* (.+)$",
            RegexOptions.Multiline);
        Assert.Equal(15, criteria.Count);
        foreach (Match m in criteria)
        {
            Criterion c = Tt57.FindCriterion(CriterionId.Parse(m.Groups[1].Value).Value)!;
            Assert.Equal(m.Groups[2].Value, c.Name);
            Assert.Equal(m.Groups[3].Value.StartsWith("**"), c.IsMandatory);
            Assert.Equal(m.Groups[4].Value.Trim(), c.IndicatorsAt(Level.One)[0].Text);
            Assert.Equal(m.Groups[5].Value.Trim(), c.IndicatorsAt(Level.Two)[0].Text);
        }
        Assert.Equal(new[] { "Quản trị nhà trường và bảo đảm chất lượng", "Phát triển đội ngũ",
            "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh", "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội" },
            Tt57.Standards.Select(s => s.Title));
        Assert.Equal(new[] { "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học" }, Tt57.Standards[2].Aliases);
        Assert.Equal(new[] { "Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình" }, Tt57.FindCriterion(new CriterionId(1, 4))!.Aliases);
    }
}
