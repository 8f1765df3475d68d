using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Specifications;

/// <summary>
/// A specification: a named condition over <typeparamref name="T"/> that can test one candidate
/// (<see cref="IsSatisfiedBy"/>), filter a sequence in memory (<see cref="Evaluate"/>) and compose with others
/// (<see cref="And"/>, <see cref="Or"/>, <see cref="Not"/>). Shaped like Ardalis.Specification: a subclass states its
/// condition in its constructor with <c>Query.Where(...)</c>, and may order and limit what <see cref="Evaluate"/> returns.
/// </summary>
/// <typeparam name="T">The type of candidate.</typeparam>
/// <remarks>
/// A specification is immutable once constructed and safe to share between threads. Several <c>Where</c> clauses
/// combine with "and"; a specification with none is satisfied by everything.
/// </remarks>
/// <example>
/// <code>
/// sealed class ItemsOfStandard : Specification&lt;PlanItem&gt;
/// {
///     public ItemsOfStandard(int standard) => Query.Where(i => i.Criterion?.Standard.Value == standard);
/// }
/// var items = new ItemsOfStandard(3).Evaluate(plan.Items);
/// </code>
/// </example>
public abstract class Specification<T>
{
    private readonly List<Func<T, bool>> criteria = new();
    private readonly List<(Func<IEnumerable<T>, IOrderedEnumerable<T>> First, Func<IOrderedEnumerable<T>, IOrderedEnumerable<T>> Then)> order = new();
    private int? take;

    /// <summary>Creates a specification; the subclass constrains it through <see cref="Query"/>.</summary>
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    /// <summary>The builder that states the condition, order and limit.</summary>
    protected SpecificationBuilder<T> Query { get; }

    /// <summary>Whether a candidate satisfies every <c>Where</c> clause.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns><c>true</c> when satisfied.</returns>
    public virtual bool IsSatisfiedBy(T candidate)
    {
        foreach (Func<T, bool> criterion in criteria)
        {
            if (!criterion(candidate))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The candidates of a sequence that satisfy the specification, ordered and limited as it says.</summary>
    /// <param name="source">The sequence.</param>
    /// <returns>The matching candidates.</returns>
    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        IEnumerable<T> result = Preconditions.CheckNotNull(source).Where(IsSatisfiedBy);
        if (order.Count > 0)
        {
            IOrderedEnumerable<T> ordered = order[0].First(result);
            for (int i = 1; i < order.Count; i++)
            {
                ordered = order[i].Then(ordered);
            }
            result = ordered;
        }
        return take is { } n ? result.Take(n) : result;
    }

    /// <summary>Satisfied when both are.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>The conjunction.</returns>
    public Specification<T> And(Specification<T> other) => new Composite(this, Preconditions.CheckNotNull(other), (a, b) => a && b);

    /// <summary>Satisfied when either is.</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>The disjunction.</returns>
    public Specification<T> Or(Specification<T> other) => new Composite(this, Preconditions.CheckNotNull(other), (a, b) => a || b);

    /// <summary>Satisfied when this one is not.</summary>
    /// <returns>The negation.</returns>
    public Specification<T> Not() => new Negation(this);

    internal void AddCriterion(Func<T, bool> criterion) => criteria.Add(criterion);

    internal void AddOrder<TKey>(Func<T, TKey> key, bool descending)
        => order.Add(descending
            ? (s => s.OrderByDescending(key), s => s.ThenByDescending(key))
            : (s => s.OrderBy(key), s => s.ThenBy(key)));

    internal void SetTake(int count) => take = count;

    private sealed class Composite : Specification<T>
    {
        private readonly Specification<T> left;
        private readonly Specification<T> right;
        private readonly Func<bool, bool, bool> combine;

        public Composite(Specification<T> left, Specification<T> right, Func<bool, bool, bool> combine)
        {
            this.left = left;
            this.right = right;
            this.combine = combine;
        }

        public override bool IsSatisfiedBy(T candidate) => combine(left.IsSatisfiedBy(candidate), right.IsSatisfiedBy(candidate));
    }

    private sealed class Negation : Specification<T>
    {
        private readonly Specification<T> inner;

        public Negation(Specification<T> inner) => this.inner = inner;

        public override bool IsSatisfiedBy(T candidate) => !inner.IsSatisfiedBy(candidate);
    }
}

/// <summary>Builds a specification's condition, order and limit (<c>Query.Where(...).OrderBy(...).Take(n)</c>).</summary>
/// <typeparam name="T">The candidate type.</typeparam>
public sealed class SpecificationBuilder<T>
{
    private readonly Specification<T> specification;

    internal SpecificationBuilder(Specification<T> specification) => this.specification = specification;

    /// <summary>Adds a condition; all conditions must hold.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>This builder.</returns>
    public SpecificationBuilder<T> Where(Func<T, bool> predicate)
    {
        specification.AddCriterion(Preconditions.CheckNotNull(predicate));
        return this;
    }

    /// <summary>Orders what <see cref="Specification{T}.Evaluate"/> returns (later calls break ties).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public SpecificationBuilder<T> OrderBy<TKey>(Func<T, TKey> key)
    {
        specification.AddOrder(Preconditions.CheckNotNull(key), descending: false);
        return this;
    }

    /// <summary>Orders descending (later calls break ties).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public SpecificationBuilder<T> OrderByDescending<TKey>(Func<T, TKey> key)
    {
        specification.AddOrder(Preconditions.CheckNotNull(key), descending: true);
        return this;
    }

    /// <summary>Limits how many candidates <see cref="Specification{T}.Evaluate"/> returns.</summary>
    /// <param name="count">At least 0.</param>
    /// <returns>This builder.</returns>
    public SpecificationBuilder<T> Take(int count)
    {
        Preconditions.CheckArgumentRange(count, 0, int.MaxValue);
        specification.SetTake(count);
        return this;
    }
}

/// <summary>Ad-hoc specifications from a predicate.</summary>
public static class Specification
{
    /// <summary>A specification satisfied when <paramref name="predicate"/> holds.</summary>
    /// <typeparam name="T">The candidate type.</typeparam>
    /// <param name="predicate">The condition.</param>
    /// <returns>The specification.</returns>
    public static Specification<T> Where<T>(Func<T, bool> predicate) => new Predicate<T>(Preconditions.CheckNotNull(predicate));

    private sealed class Predicate<T> : Specification<T>
    {
        public Predicate(Func<T, bool> predicate) => Query.Where(predicate);
    }
}
