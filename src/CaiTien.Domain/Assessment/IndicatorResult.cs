namespace CaiTien.Domain.Assessment;

/// <summary>The result of assessing one requirement. Not assessed is never the same as not met.</summary>
public enum IndicatorResult
{
    /// <summary>Not assessed (chưa đánh giá): neither met nor failed. The default.</summary>
    NotAssessed = 0,

    /// <summary>Met (đạt).</summary>
    Met = 1,

    /// <summary>Not met (không đạt).</summary>
    NotMet = 2,
}
