using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;

namespace CaiTien.Domain.Plans;

/// <summary>Reads a budget (dự kiến kinh phí) as plans write it: "Không" (0), "5.000.000 đồng", "5 triệu", "1,5 tỷ đồng".</summary>
public static class Budget
{
    private static readonly Regex Amount = new(@"^(?<sign>-)?\s*(?<n>[0-9]{1,3}(?:[.\s][0-9]{3})+|[0-9]+(?:,[0-9]+)?)\s*(?<unit>trieu|ty|nghin|ngan)?\s*(?:dong|d|vnd)?\z",
        RegexOptions.CultureInvariant);

    /// <summary>Reads a budget in đồng.</summary>
    /// <param name="text">The cell as written; empty, "Không" and "Không có" read as 0.</param>
    /// <returns>The amount, or a failure (unreadable, negative or too large).</returns>
    public static ParseResult<long> Parse(string? text)
    {
        var (amount, problem) = Read(text);
        return problem switch
        {
            BudgetProblem.None => ParseResult<long>.ForValue(amount),
            BudgetProblem.Negative => ParseResult<long>.ForFailure(ParseFailure.Create(text, text!, "kinh phí không thể âm", "a budget cannot be negative")),
            BudgetProblem.TooLarge => ParseResult<long>.ForFailure(ParseFailure.Create(text, text!, "số tiền quá lớn", "the amount is too large")),
            _ => ParseResult<long>.ForFailure(ParseFailure.Create(text, text ?? string.Empty, "không đọc được số tiền", "the amount cannot be read")),
        };
    }

    /// <summary>Reads a budget, saying what is wrong with it as a value rather than as prose.</summary>
    internal static (long Amount, BudgetProblem Problem) Read(string? text)
    {
        if (VietnameseText.IsNothing(text) || VietnameseText.Fold(text) is "khong can" or "khong phat sinh")
        {
            return (0, BudgetProblem.None);
        }
        Match m = Amount.Match(VietnameseText.Fold(text).Replace("đ", "d"));
        if (!m.Success)
        {
            return (0, BudgetProblem.Unreadable);
        }
        if (m.Groups["sign"].Success)
        {
            return (0, BudgetProblem.Negative);
        }
        string digits = m.Groups["n"].Value;
        string plain = digits.Contains(',') ? digits.Replace(',', '.') : digits.Replace(".", string.Empty).Replace(" ", string.Empty);
        decimal multiplier = m.Groups["unit"].Value switch
        {
            "trieu" => 1_000_000m,
            "ty" => 1_000_000_000m,
            "nghin" or "ngan" => 1_000m,
            _ => 1m,
        };
        // Any amount above long.MaxValue đồng is absurd; decimal itself overflows near 7.9e28, so compare before multiplying.
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value > long.MaxValue / multiplier)
        {
            return (0, BudgetProblem.TooLarge);
        }
        return ((long)(value * multiplier), BudgetProblem.None);
    }

    /// <summary>The argument value findings use for a problem.</summary>
    internal static string ProblemCode(BudgetProblem problem) => problem switch
    {
        BudgetProblem.Negative => "negative",
        BudgetProblem.TooLarge => "too-large",
        _ => "unreadable",
    };
}

/// <summary>What is wrong with a budget cell.</summary>
internal enum BudgetProblem
{
    None,
    Unreadable,
    Negative,
    TooLarge,
}
