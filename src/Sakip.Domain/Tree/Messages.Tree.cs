using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <content>Messages of the performance tree.</content>
internal static partial class Messages
{
    public static readonly Reason SelfLink = new("self-link", "a node cannot feed itself", "simpul tidak dapat mendukung dirinya sendiri");
    public static readonly Reason DuplicateLink = new("duplicate-link", "the same link is declared more than once", "tautan yang sama dinyatakan lebih dari sekali");
    public static readonly Reason NonPositiveShare = new("share-not-positive", "a contribution share must be greater than 0", "porsi kontribusi harus lebih dari 0");
    public static readonly Reason OrphanNode = new("orphan", "this node feeds no parent, but only the head of region's nodes may be roots", "simpul ini tidak mendukung induk mana pun, padahal hanya simpul kepala daerah yang boleh menjadi akar");
    public static readonly Reason NodeWithoutIndicator = new("no-indicator", "this node has no indicator, so only its children can measure it", "simpul ini tidak memiliki indikator, sehingga hanya dapat diukur dari anak-anaknya");
    public static readonly Reason NothingToRollUp = new("no-data", "neither the node's indicators nor its children have an achievement", "baik indikator simpul maupun anak-anaknya tidak memiliki capaian");

    public static Reason Cycle(string path) => new("cycle", $"the links form a cycle: {path}", $"tautan membentuk siklus: {path}");

    public static Reason SharesDoNotSumTo100(decimal sum) => new("shares-not-100", $"contribution shares sum to {sum} %, not 100 %", $"jumlah porsi kontribusi {sum} %, bukan 100 %");

    public static Reason IndicatorNotOnNode(string indicatorId) => new("indicator-not-on-node", $"the owner node does not carry indicator '{indicatorId}'", $"simpul pemilik tidak memiliki indikator '{indicatorId}'");

    public static Reason DirectCascadeUnitMismatch(string childUnit, string parentUnit) => new("direct-unit-mismatch", $"a direct cascade splits the parent's target, but the unit '{childUnit}' differs from the parent's '{parentUnit}'", $"cascading langsung membagi target induk, tetapi satuan '{childUnit}' berbeda dari satuan induk '{parentUnit}'");

    public static Reason DirectCascadePolarityConflict(string indicator) => new("direct-polarity-conflict", $"indicator '{indicator}' has the opposite polarity of the parent's indicator in the same unit on a direct cascade", $"indikator '{indicator}' berpolaritas berlawanan dengan indikator induk bersatuan sama pada cascading langsung");

    public static Reason UnknownNode(string id) => new("unknown-node", $"no node with id '{id}' is in the tree", $"tidak ada simpul dengan id '{id}' dalam pohon");
}
