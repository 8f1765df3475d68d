using System;
using System.Linq;
using System.Text;
using CaiTien.Domain.Frameworks;

// The command-line client. Until the gRPC host exists, it drives the library directly.
Console.OutputEncoding = Encoding.UTF8;
string command = args.Length > 0 ? args[0] : "catalog";
switch (command)
{
    case "catalog":
        PrintCatalog(KnownFrameworks.Tt18);
        return 0;
    default:
        Console.Error.WriteLine($"Lệnh không rõ: {command} (unknown command). Dùng/use: catalog");
        return 2;
}

static void PrintCatalog(FrameworkVersion framework)
{
    Console.WriteLine($"{framework.LegalDocument} — {framework.Id}");
    Console.WriteLine($"Hiệu lực (in force): {framework.EffectiveFrom:yyyy-MM-dd} → {framework.EffectiveUntil?.ToString("yyyy-MM-dd", null) ?? "…"}");
    Console.WriteLine($"{framework.Standards.Count} tiêu chuẩn (standards), {framework.Criteria.Count} tiêu chí (criteria), {framework.IndicatorCount} chỉ báo (indicators), {framework.AdditionalRequirements.Count} yêu cầu Mức 4 (level-4 items)");
    foreach (Standard standard in framework.Standards)
    {
        Console.WriteLine($"  Tiêu chuẩn {standard.Number}: {standard.Title}");
        foreach (Criterion criterion in standard.Criteria)
        {
            Console.WriteLine($"    {criterion.Id,-5} {criterion.HighestLevel}  {criterion.Indicators.Count,2} chỉ báo  {criterion.Name}");
        }
    }
}
