package org.disclosurehub.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code totalCount} of every connection type: runs the count query that the list attached. */
@Controller
class TotalCountController {

    @SchemaMapping(typeName = "PenaltyDecisionConnection", field = "totalCount")
    Object decisions(DataFetchingEnvironment env) {
        return count(env);
    }

    @SchemaMapping(typeName = "WithdrawalNoticeConnection", field = "totalCount")
    Object notices(DataFetchingEnvironment env) {
        return count(env);
    }

    @SchemaMapping(typeName = "AgencyConnection", field = "totalCount")
    Object agencies(DataFetchingEnvironment env) {
        return count(env);
    }

    @SchemaMapping(typeName = "PowerConnection", field = "totalCount")
    Object powers(DataFetchingEnvironment env) {
        return count(env);
    }

    @SchemaMapping(typeName = "StaffConnection", field = "totalCount")
    Object staff(DataFetchingEnvironment env) {
        return count(env);
    }

    static Object count(DataFetchingEnvironment env) {
        if (env.getLocalContext() instanceof TotalCount total) {
            return total.count();
        }
        throw new IllegalStateException("connection without a count");
    }
}
