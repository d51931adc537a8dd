"""The facilitator's app: the OPD board, each OPD's workspace and its dialogs."""
