"""Live sessions: several editors on one map over the local network, through Yjs (pycrdt).

`shared_doc` maps the model onto a Y.Doc, `bridge` keeps an editing session and that
document in step, `protocol` holds room codes, addresses and limits, `host` serves a
map, `peer` joins one, `discovery` announces and finds sessions on the LAN.
"""
