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
    move || {
        row_op.get().map(|(op, key)| {
            let own = own_id.get_untracked().as_deref() == Some(key.id.as_str());
            let on_close = Callback::new(move |()| row_op.set(None));
            part::open(op.verb(), on_close, move |d: Dialogs| {
                (d.row_op)(RowOp {
                    op,
                    key: key.clone(),
                    own,
                    on_changed,
                    on_close,
                })
            })
        })
    }
}

/// The bulk dialog while `bulk` holds a run to confirm.
pub fn bulk_while(
    bulk: RwSignal<Option<(KeyOp, Vec<Target>)>>,
    on_changed: Callback<(Target, Option<ApiKey>)>,
    on_finished: Callback<Vec<(Target, Option<Outcome>)>>,
) -> impl IntoView {
    move || {
        bulk.get().map(|(op, targets)| {
            let on_close = Callback::new(move |()| bulk.set(None));
            part::open(op.verb(), on_close, move |d: Dialogs| {
                (d.bulk)(Bulk {
                    op,
                    targets: targets.clone(),
                    on_changed,
                    on_finished,
                    on_close,
                })
            })
        })
    }
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
