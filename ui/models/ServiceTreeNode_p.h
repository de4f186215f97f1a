#pragma once

// ServiceTreeModel's node, shared by the files that implement the model.

#include "ui/models/ServiceTreeModel.h"

#include <memory>
#include <vector>

namespace Apim::Ui {

struct ServiceTreeModel::Node
{
    NodeKind kind = NodeKind::Message;
    QString id;
    QString key; // id lowercased, once: data() asks for it on every paint and filter pass
    QString text;
    mutable QString foldedFilterText; // services: built when added or updated
    bool isError = false;
    SubscriptionEntry subscription;
    ServiceEntry service;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

} // namespace Apim::Ui
