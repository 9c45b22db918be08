"""Drives the Gatehouse IAM and STS API with boto3, as an application would, and prints what it saw as JSON.

The endpoint is GATEHOUSE_ENDPOINT; the administrator's credentials come from the environment.
"""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = os.environ["GATEHOUSE_ENDPOINT"]
seen = {}


def client(service, **credentials):
    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1", **credentials)


def error_code(call):
    try:
        call()
    except ClientError as e:
        return [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
    return None


iam = client("iam")
sts = client("sts")
seen["caller"] = sts.get_caller_identity()["Arn"]
iam.create_user(UserName="app", Path="/apps/")
iam.create_group(GroupName="apps")
iam.add_user_to_group(GroupName="apps", UserName="app")
document = {"Version": "2012-10-17", "Statement": [
    {"Sid": "ReadSelf", "Effect": "Allow", "Action": ["iam:GetUser", "iam:ListAccessKeys"], "Resource": "*"}]}
policy = iam.create_policy(PolicyName="AppRead", PolicyDocument=json.dumps(document))["Policy"]
iam.attach_group_policy(GroupName="apps", PolicyArn=policy["Arn"])
seen["policyVersionDocument"] = iam.get_policy_version(PolicyArn=policy["Arn"], VersionId="v1")["PolicyVersion"]["Document"]
key = iam.create_access_key(UserName="app")["AccessKey"]
seen["keyCreateDateType"] = type(key["CreateDate"]).__name__

app = dict(aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
seen["appCaller"] = client("sts", **app).get_caller_identity()["Arn"]
seen["appGetUser"] = client("iam", **app).get_user()["User"]["UserName"]
seen["appCreateUser"] = error_code(lambda: client("iam", **app).create_user(UserName="intruder"))

assumed = sts.assume_role(RoleArn="arn:aws:iam::111122223333:role/deployer", RoleSessionName="boto3",
                          DurationSeconds=900)
creds = assumed["Credentials"]
seen["expirationType"] = type(creds["Expiration"]).__name__
session = dict(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
               aws_session_token=creds["SessionToken"])
seen["sessionCaller"] = client("sts", **session).get_caller_identity()["Arn"]
paginator = client("iam", **session).get_paginator("list_users")
seen["sessionUsers"] = [u["UserName"] for page in paginator.paginate(PaginationConfig={"PageSize": 1})
                        for u in page["Users"]]

simulation = iam.simulate_principal_policy(
    PolicySourceArn="arn:aws:iam::111122223333:user/apps/app",
    ActionNames=["iam:GetUser", "iam:DeleteUser"],
    ContextEntries=[{"ContextKeyName": "aws:SourceIp", "ContextKeyValues": ["10.0.0.1"], "ContextKeyType": "ip"}])
seen["simulation"] = [[r["EvalActionName"], r["EvalDecision"],
                       [s["SourcePolicyId"] for s in r["MatchedStatements"]]]
                      for r in simulation["EvaluationResults"]]

seen["errors"] = {
    "noSuchUser": error_code(lambda: iam.get_user(UserName="ghost")),
    "duplicate": error_code(lambda: iam.create_user(UserName="app")),
    "badName": error_code(lambda: iam.create_group(GroupName="no spaces allowed")),
    "malformed": error_code(lambda: iam.create_policy(PolicyName="Bad", PolicyDocument="{\"Statement\": 1}")),
    "deleteConflict": error_code(lambda: iam.delete_user(UserName="app")),
}
json.dump(seen, sys.stdout, default=str)
