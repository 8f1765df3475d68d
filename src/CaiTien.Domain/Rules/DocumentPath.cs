using System.Globalization;

namespace CaiTien.Domain.Rules;

/// <summary>
/// A path into a document's table ("Groups[2].Items[0]", "Groups[2].Items[0].Tasks[1]"), built only when a finding
/// needs it: rules enumerate every row, but most rows yield nothing.
/// </summary>
internal readonly struct DocumentPath
{
    private readonly string collection;
    private readonly int group;
    private readonly int row;
    private readonly int task;

    public DocumentPath(string collection, int group, int row, int task = -1)
    {
        this.collection = collection;
        this.group = group;
        this.row = row;
        this.task = task;
    }

    public override string ToString() => task < 0
        ? string.Create(CultureInfo.InvariantCulture, $"Groups[{group}].{collection}[{row}]")
        : string.Create(CultureInfo.InvariantCulture, $"Groups[{group}].{collection}[{row}].Tasks[{task}]");

    public static string operator +(DocumentPath path, string suffix) => path.ToString() + suffix;
}
