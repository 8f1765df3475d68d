using System;
using System.IO;

namespace CaiTien.Import.Tests;

/// <summary>The corpus files copied next to the tests (shared/corpus is not part of a clone).</summary>
internal static class TestFiles
{
    internal static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    internal static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    internal const string Plan2021 = "plan-2021-2022-thcs.txt";
    internal const string Report2021 = "report-2021-2022-thcs.txt";
    internal const string Cycle2023 = "plan-supervision-report-2023-2024-thcs.txt";
    internal const string SelfAssessmentDocx = "self-assessment-2020-2021-thpt/self-assessment-2020-2021-thpt.docx";
    internal const string SelfAssessmentText = "self-assessment-2020-2021-thpt/self-assessment-2020-2021-thpt.pdf.txt";

    internal static CaiTien.Import.Layout.LayoutDocument Layout(string name)
    {
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(Bytes(name), System.IO.Path.GetFileName(name));
        Assert.True(result.Success, result.Failure?.ToString());
        return result.Layout!;
    }
}
