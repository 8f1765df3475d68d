using System.Collections.Generic;

namespace CaiTien.Import.Layout;

/// <summary>
/// A table with its merges resolved: one <see cref="GridSlot"/> per row and grid column. A horizontally merged cell
/// fills every column it spans; a cell that continues a vertical merge points at the cell that started it.
/// </summary>
/// <remarks>Immutable. A row narrower than the grid has empty slots (no cell) at its end.</remarks>
public sealed class LayoutGrid
{
    private readonly GridSlot[][] slots;

    internal LayoutGrid(LayoutTable table)
    {
        ColumnCount = table.ColumnCount;
        slots = new GridSlot[table.Rows.Count][];
        var openMerges = new Dictionary<int, LayoutCell>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = new GridSlot[ColumnCount];
            int column = 0;
            foreach (LayoutCell cell in table.Rows[r].Cells)
            {
                LayoutCell owner = cell;
                bool continued = false;
                if (cell.Merge == VerticalMergeState.Continue && openMerges.TryGetValue(column, out LayoutCell? start))
                {
                    owner = start;
                    continued = true;
                }
                else if (cell.Merge == VerticalMergeState.Restart)
                {
                    openMerges[column] = cell;
                }
                else
                {
                    openMerges.Remove(column);
                }
                for (int k = 0; k < cell.ColumnSpan && column < ColumnCount; k++, column++)
                {
                    row[column] = new GridSlot(owner, cell, k > 0, continued);
                }
            }
            for (; column < ColumnCount; column++)
            {
                openMerges.Remove(column);
                row[column] = GridSlot.Empty;
            }
            slots[r] = row;
        }
    }

    /// <summary>The number of grid columns.</summary>
    public int ColumnCount { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => slots.Length;

    /// <summary>The slot at a row and grid column.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The grid column, from 0.</param>
    /// <returns>The slot.</returns>
    public GridSlot this[int row, int column] => slots[row][column];
}

/// <summary>One row and grid column of a <see cref="LayoutGrid"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class GridSlot
{
    internal static readonly GridSlot Empty = new(null, null, false, false);

    internal GridSlot(LayoutCell? owner, LayoutCell? cell, bool horizontalContinuation, bool verticalContinuation)
    {
        Owner = owner;
        Cell = cell;
        IsHorizontalContinuation = horizontalContinuation;
        IsVerticalContinuation = verticalContinuation;
    }

    /// <summary>The cell whose content fills this slot: the cell itself, or the cell that started its vertical merge.</summary>
    public LayoutCell? Owner { get; }

    /// <summary>The cell physically in this row (a vertical-merge continuation, or the owner itself).</summary>
    public LayoutCell? Cell { get; }

    /// <summary>Whether the slot is covered by a cell that starts in a column to its left.</summary>
    public bool IsHorizontalContinuation { get; }

    /// <summary>Whether the slot is covered by a vertical merge started in a row above.</summary>
    public bool IsVerticalContinuation { get; }

    /// <summary>Whether this slot is where its content is written: neither kind of continuation, and a cell is there.</summary>
    public bool IsOrigin => Owner is not null && !IsHorizontalContinuation && !IsVerticalContinuation;

    /// <summary>The owner's text, or empty.</summary>
    public string Text => Owner?.Text ?? string.Empty;
}
