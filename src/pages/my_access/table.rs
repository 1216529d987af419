//! The connections a person can reach, with where each stands and what can be done with it.

use super::{
    lock::Lock,
    model::{Row, Status},
};
use crate::{
    api::connection_credentials::ActiveCredential,
    components::{
        countdown::Countdown,
        data_table::{Column, DataTable},
        status_badge::{StatusBadge, Tone},
        timestamp::Timestamp,
    },
};
use leptos::prelude::*;

/// What a row's buttons ask for.
#[derive(Debug, Clone)]
pub enum Act {
    Request(String),
    Show(String),
    Disconnect(ActiveCredential),
    Revoke(ActiveCredential),
}

const COLUMNS: [Column; 5] = [
    Column::new("Connection"),
    Column::new("Type"),
    Column::new("Access"),
    Column::new("Issued"),
    Column::hidden("Actions"),
];

#[component]
pub fn AccessTable(
    #[prop(into)] rows: Signal<Vec<Row>>,
    lock: Lock,
    /// The page's clock (epoch ms), for countdowns.
    #[prop(into)]
    now: Signal<i64>,
    #[prop(into)] on_act: Callback<Act>,
) -> impl IntoView {
    let count = Signal::derive(move || rows.with(Vec::len));
    view! {
        <DataTable caption="Connections you can reach" columns=COLUMNS.to_vec() row_count=count>
            <For
                each=move || rows.get().into_iter().enumerate()
                key=|(i, r)| (
                    *i,
                    r.connection.name.clone(),
                    r.status.clone(),
                    r.held.as_ref().map(|h| h.session_id.clone()),
                )
                children=move |(i, row)| {
                    view! { <AccessRow index=i row=row lock=lock now=now on_act=on_act /> }
                }
            />
        </DataTable>
    }
}

#[component]
fn AccessRow(
    index: usize,
    row: Row,
    lock: Lock,
    now: Signal<i64>,
    on_act: Callback<Act>,
) -> impl IntoView {
    let Row {
        connection,
        blocker,
        status,
        held,
    } = row;
    let name = connection.name.clone();
    let busy = lock.watch(name.clone());
    let disconnected = held.as_ref().is_some_and(|h| h.session_id.is_empty());
    let issued = held
        .as_ref()
        .filter(|_| status != Status::Expired)
        .map(|h| h.created_at.clone());
    let access = match (&blocker, &status) {
        (Some(why), _) => {
            view! { <span class="gw-muted">{format!("Not available: {why}")}</span> }.into_any()
        }
        (None, Status::NoCredential) => {
            view! { <StatusBadge tone=Tone::Muted text="No credential" /> }.into_any()
        }
        (None, Status::Pending) => {
            view! { <StatusBadge tone=Tone::Warn text="Pending review" /> }.into_any()
        }
        (None, Status::Expired) => {
            view! { <StatusBadge tone=Tone::Muted text="Expired" /> }.into_any()
        }
        (None, Status::Persistent) => {
            view! { <StatusBadge tone=Tone::Good text="Active, no expiry" /> }.into_any()
        }
        (None, Status::Active { until_ms }) => view! {
            <StatusBadge tone=Tone::Good text="Active" />
            " "
            <Countdown until_ms=*until_ms now=now />
        }
        .into_any(),
    };
    let button = move |label: &'static str, aria: String, act: Act| {
        view! {
            <button
                type="button"
                class="gw-btn gw-btn--small"
                aria-label=aria
                disabled=busy
                on:click=move |_| on_act.run(act.clone())
            >
                {label}
            </button>
        }
    };
    let actions = match (&blocker, &status, held) {
        (Some(_), ..) | (None, Status::Pending, _) => None,
        (None, Status::Active { .. } | Status::Persistent, Some(h)) => Some(
            view! {
                {button(
                    "Show credentials",
                    format!("Show credentials for {name}"),
                    Act::Show(name.clone()),
                )}
                {button(
                    "Request again",
                    format!("Request access to {name} again"),
                    Act::Request(name.clone()),
                )}
                {button(
                    "Disconnect",
                    format!("Disconnect from {name}"),
                    Act::Disconnect(h.clone()),
                )}
                {button("Revoke", format!("Revoke credentials for {name}"), Act::Revoke(h))}
            }
            .into_any(),
        ),
        _ => Some(
            button(
                "Request access",
                format!("Request access to {name}"),
                Act::Request(name.clone()),
            )
            .into_any(),
        ),
    };
    view! {
        <tr aria-rowindex=(index + 2).to_string() data-connection=name.clone() class:gw-row--muted=blocker.is_some()>
            <th scope="row">{name.clone()}</th>
            <td>{format!("{} · {}", connection.kind, connection.subtype)}</td>
            <td class="gw-access">
                {access}
                {disconnected.then(|| view! { <span class="gw-muted">" · session ended; request again to reconnect"</span> })}
            </td>
            <td>
                <Timestamp value=issued />
            </td>
            <td>
                <div class="gw-actions">{actions}</div>
            </td>
        </tr>
    }
}
