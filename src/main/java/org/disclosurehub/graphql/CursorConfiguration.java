package org.disclosurehub.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Spring for GraphQL's keyset cursors (Base64 of the sort keys), made strict: a cursor that
 * does not decode is answered with {@code BAD_USER_INPUT} instead of an internal error.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

    @Bean
    EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
        return CursorStrategy.withEncoder(new StrictCursorStrategy(new ScrollPositionCursorStrategy()),
                new StrictEncoder(CursorEncoder.base64()));
    }

    private record StrictCursorStrategy(CursorStrategy<ScrollPosition> delegate) implements CursorStrategy<ScrollPosition> {

        @Override
        public boolean supports(Class<?> targetType) {
            return delegate.supports(targetType);
        }

        @Override
        public String toCursor(ScrollPosition position) {
            return delegate.toCursor(position);
        }

        @Override
        public ScrollPosition fromCursor(String cursor) {
            try {
                return delegate.fromCursor(cursor);
            } catch (RuntimeException e) {
                throw InvalidCursorException.INSTANCE;
            }
        }
    }

    private record StrictEncoder(CursorEncoder delegate) implements CursorEncoder {

        @Override
        public String encode(String cursor) {
            return delegate.encode(cursor);
        }

        @Override
        public String decode(String cursor) {
            try {
                return delegate.decode(cursor);
            } catch (RuntimeException e) {
                throw InvalidCursorException.INSTANCE;
            }
        }
    }
}
