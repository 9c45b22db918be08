"""Checks Query-protocol XML documents against botocore's service models, as the AWS CLI reads them.

Reads a JSON list of {"service", "operation", "xml"} from standard input. For each document, every
element must be a member of the operation's output shape (lists as <member>, maps as
<entry><key/><value/></entry>), timestamps, booleans and integers must be written as botocore parses
them, and required members must be present; botocore's own parser must then read it. Prints a JSON
list: the problems of each document (empty when it conforms).
"""
import json
import sys
import xml.etree.ElementTree as ET

import botocore.session
from botocore.parsers import QueryParser
from dateutil import parser as dateparser

session = botocore.session.get_session()
models = {}


def strip(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def check(shape, element, path, problems):
    kind = shape.type_name
    children = list(element)
    if kind == "structure":
        members = {m.serialization.get("name", name): m for name, m in shape.members.items()}
        seen = set()
        for child in children:
            tag = strip(child.tag)
            if tag not in members:
                problems.append(f"{path}/{tag}: not a member of {shape.name}")
                continue
            seen.add(tag)
            check(members[tag], child, f"{path}/{tag}", problems)
        for required in shape.required_members:
            name = shape.members[required].serialization.get("name", required)
            if name not in seen:
                problems.append(f"{path}: required member {name} of {shape.name} is missing")
    elif kind == "list":
        for child in children:
            if strip(child.tag) != "member":
                problems.append(f"{path}/{strip(child.tag)}: list items must be <member>")
            else:
                check(shape.member, child, f"{path}/member", problems)
    elif kind == "map":
        for child in children:
            tags = [strip(c.tag) for c in child]
            if strip(child.tag) != "entry" or tags != ["key", "value"]:
                problems.append(f"{path}: map entries must be <entry><key/><value/></entry>")
            else:
                check(shape.value, child[1], f"{path}/entry/value", problems)
    else:
        text = element.text or ""
        if children:
            problems.append(f"{path}: a {kind} has no child elements")
        elif kind == "timestamp":
            try:
                dateparser.isoparse(text)
            except ValueError:
                problems.append(f"{path}: timestamp {text!r} is not ISO 8601")
        elif kind == "boolean" and text not in ("true", "false"):
            problems.append(f"{path}: boolean {text!r}")
        elif kind in ("integer", "long") and not text.lstrip("-").isdigit():
            problems.append(f"{path}: integer {text!r}")
        elif kind == "string" and shape.enum and text not in shape.enum:
            problems.append(f"{path}: {text!r} is not one of {shape.enum}")


results = []
for doc in json.load(sys.stdin):
    model = models.setdefault(doc["service"], session.get_service_model(doc["service"]))
    operation = model.operation_model(doc["operation"])
    problems = []
    root = ET.fromstring(doc["xml"])
    expected_ns = "https://%s.amazonaws.com/doc/%s/" % (doc["service"], model.api_version)
    if root.tag != "{%s}%sResponse" % (expected_ns, doc["operation"]):
        problems.append(f"root element {root.tag}")
    output = operation.output_shape
    wrapper = output.serialization.get("resultWrapper") if output is not None else None
    result = [c for c in root if strip(c.tag) == wrapper]
    metadata = [c for c in root if strip(c.tag) == "ResponseMetadata"]
    if not metadata or strip(metadata[0][0].tag) != "RequestId":
        problems.append("no ResponseMetadata/RequestId")
    if output is not None and output.members:
        if not result:
            problems.append("no result element " + str(wrapper))
        else:
            check(output, result[0], strip(result[0].tag), problems)
    elif [c for c in root if strip(c.tag) != "ResponseMetadata"]:
        problems.append("an operation without output has only ResponseMetadata")
    try:
        parsed = QueryParser().parse({"body": doc["xml"].encode(), "headers": {}, "status_code": 200}, output)
        if "Error" in parsed:
            problems.append("botocore read an error")
    except Exception as e:  # botocore refused the document: report it with the other problems
        problems.append("botocore could not parse it: %s" % e)
    results.append(problems)
json.dump(results, sys.stdout)
