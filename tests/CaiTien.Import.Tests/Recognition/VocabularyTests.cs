using System.Linq;
using CaiTien.Domain.Supervision;
using CaiTien.Import.Recognition;

namespace CaiTien.Import.Tests.Recognition;

/// <summary>The header and role vocabularies, each with the near misses it must not take.</summary>
public sealed class VocabularyTests
{
    [Theory]
    [InlineData("TT", ColumnKind.Number)]
    [InlineData("Tiêu chuẩn, tiêu chí", ColumnKind.Criterion)]
    [InlineData("Kết quả cần đạt (so với hiện trạng)", ColumnKind.TargetResult)]
    [InlineData("Công việc/giải pháp cần thực hiện", ColumnKind.Task)]
    [InlineData("Biện pháp", ColumnKind.Task)]
    [InlineData("Chủ trì và phối hợp thực hiện", ColumnKind.Lead)]
    [InlineData("Người thực hiện", ColumnKind.Lead)]
    [InlineData("Thời gian thực hiện và hoàn thành", ColumnKind.Timeframe)]
    [InlineData("Dự kiến kinh phí", ColumnKind.Budget)]
    [InlineData("Điều kiện hỗ trợ khác", ColumnKind.OtherSupport)]
    [InlineData("Ghi chú", ColumnKind.Notes)]
    [InlineData("ND Kế hoạch cải tiến chất lượng được XD đầu năm", ColumnKind.PlanAsWritten)]
    [InlineData("ND Kế hoạch cải tiến chất lượng giáo dục đã được điều chỉnh", ColumnKind.PlanAsAdjusted)]
    [InlineData("Những công việc đã triển khai xong theo đúng KH (nêu rõ chất lượng, hiệu quả công việc)", ColumnKind.Completed)]
    [InlineData("Những công việc đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ), đánh giá sơ bộ", ColumnKind.InProgress)]
    [InlineData("Những công việc chưa triển khai (nêu rõ lý do)", ColumnKind.NotStarted)]
    [InlineData("Lý do chậm tiến độ", ColumnKind.LateReason)]
    [InlineData("Lý do chưa triển khai", ColumnKind.NotStartedReason)]
    internal void Headers_NameTheirColumns(string header, ColumnKind kind) => Assert.Equal(kind, Columns.Classify(Fold(header)));

    [Theory]
    [InlineData("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2021 – 2022")]
    [InlineData("Kết quả thực hiện")]
    [InlineData("Nội dung thực hiện")]
    [InlineData("Chữ ký")]
    [InlineData("Họ và tên")]
    [InlineData("")]
    public void OtherHeaders_NameNoColumn(string header) => Assert.Equal(ColumnKind.Unknown, Columns.Classify(Fold(header)));

    [Theory]
    [InlineData("Hiệu trưởng, GVCN, Ban ĐD", "Hiệu trưởng", "GVCN|Ban ĐD")]
    [InlineData("Chủ trì : Hiệu trưởng Phối hợp thực hiện : BGH nhà trường, CB,GV,CNV,HS, PHHS", "Hiệu trưởng", "BGH nhà trường|CB,GV,CNV,HS|PHHS")]
    [InlineData("Chủ trì: Hiệu trưởng\nPhối hợp thực hiện: BGH nhà trường; kế toán", "Hiệu trưởng", "BGH nhà trường|kế toán")]
    [InlineData("Phó hiệu trưởng phụ trách", "Phó hiệu trưởng phụ trách", "")]
    [InlineData("", "", "")]
    public void LeadCells_SplitIntoLeadAndCollaborators(string cell, string lead, string collaborators)
    {
        (string l, var c) = People.SplitLead(cell);
        Assert.Equal(lead, l);
        Assert.Equal(collaborators, string.Join("|", c));
    }

    [Theory]
    [InlineData("– Tổ trưởng", TeamRole.Leader)]
    [InlineData("Tổ phó", TeamRole.Deputy)]
    [InlineData("Thư ký", TeamRole.Secretary)]
    [InlineData("– Thành viên", TeamRole.Member)]
    [InlineData("Ủy viên", TeamRole.Member)]
    [InlineData("Thư ký Hội đồng trường", TeamRole.Unspecified)]
    [InlineData("Tổ trưởng chuyên môn", TeamRole.Unspecified)]
    [InlineData("Trưởng ban TTND", TeamRole.Unspecified)]
    [InlineData("", TeamRole.Unspecified)]
    public void RoleTexts_NameOnlyATeamRole(string text, TeamRole role) => Assert.Equal(role, People.Role(text));

    [Theory]
    [InlineData("1. Bà Nguyễn Thị Thảo Linh-Chủ tịch Công đoàn", "– Tổ trưởng", "1", "Bà Nguyễn Thị Thảo Linh", "Chủ tịch Công đoàn", TeamRole.Leader)]
    [InlineData("5. Bà Bùi Ngọc Anh-Thư ký Hội đồng trường", "", "5", "Bà Bùi Ngọc Anh", "Thư ký Hội đồng trường", TeamRole.Unspecified)]
    [InlineData("2) Ông Trần Văn An – Phó hiệu trưởng – Tổ phó", null, "2", "Ông Trần Văn An", "Phó hiệu trưởng", TeamRole.Deputy)]
    [InlineData("3. Thầy Lê Văn Bình, giáo viên, thành viên", null, "3", "Thầy Lê Văn Bình", "giáo viên", TeamRole.Member)]
    public void MemberLines_GiveNumberNamePositionAndRole(string text, string? roleCell, string number, string name, string position, TeamRole role)
    {
        TeamMember member = People.ReadMember(text, roleCell)!;
        Assert.Equal((number, name, position, role), (member.Number, member.Name, member.Position, member.Role));
    }

    private static string Fold(string text)
        => new(text.ToLowerInvariant().Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}
