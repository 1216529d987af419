//! The key list's dialogs as a part (`crate::pages::part`): [`DIALOGS`] builds each, and the
//! list reaches it only through `LoadPart<Dialogs>` (in the `…_while` views here), so the app
//! can keep their code out of the list's.

use super::{
    bulk::{BulkDialog, KeyOp, Outcome, Target},
    row_op::RowOpDialog,
};
use crate::{api::api_keys::ApiKey, pages::part};
use leptos::prelude::*;

/// What deactivating or activating one key from its row is opened with.
struct RowOp {
    op: KeyOp,
    key: ApiKey,
    own: bool,
    on_changed: Callback<ApiKey>,
    on_close: Callback<()>,
}

/// What a bulk run over the selected keys is opened with.
struct Bulk {
    op: KeyOp,
    targets: Vec<Target>,
    on_changed: Callback<(Target, Option<ApiKey>)>,
    on_finished: Callback<Vec<(Target, Option<Outcome>)>>,
    on_close: Callback<()>,
}

/// How to build each dialog.
#[derive(Clone, Copy)]
pub struct Dialogs {
    row_op: fn(RowOp) -> AnyView,
    bulk: fn(Bulk) -> AnyView,
}

/// The dialogs; named only where the app loads them.
pub const DIALOGS: Dialogs = Dialogs { row_op, bulk };

/// The dialog for one key while `row_op` holds it; `own_id` is the key this console signed in
/// with.
pub fn row_op_while(
    row_op: RwSignal<Option<(KeyOp, ApiKey)>>,
    own_id: Memo<Option<String>>,
    on_changed: Callback<ApiKey>,
) -> impl IntoView {
    part::open_while(
        row_op,
        |(op, _)| op.verb(),
        move |d: Dialogs, (op, key), on_close| {
            let own = own_id.get_untracked().as_deref() == Some(key.id.as_str());
            (d.row_op)(RowOp {
                op,
                key,
                own,
                on_changed,
                on_close,
            })
        },
    )
}

/// The bulk dialog while `bulk` holds a run to confirm.
pub fn bulk_while(
    bulk: RwSignal<Option<(KeyOp, Vec<Target>)>>,
    on_changed: Callback<(Target, Option<ApiKey>)>,
    on_finished: Callback<Vec<(Target, Option<Outcome>)>>,
) -> impl IntoView {
    part::open_while(
        bulk,
        |(op, _)| op.verb(),
        move |d: Dialogs, (op, targets), on_close| {
            (d.bulk)(Bulk {
                op,
                targets,
                on_changed,
                on_finished,
                on_close,
            })
        },
    )
}

fn row_op(r: RowOp) -> AnyView {
    view! { <RowOpDialog op=r.op key=r.key own=r.own on_changed=r.on_changed on_close=r.on_close /> }
    .into_any()
}

fn bulk(b: Bulk) -> AnyView {
    view! {
        <BulkDialog
            op=b.op
            targets=b.targets
            on_changed=b.on_changed
            on_finished=b.on_finished
            on_close=b.on_close
        />
    }
    .into_any()
}
