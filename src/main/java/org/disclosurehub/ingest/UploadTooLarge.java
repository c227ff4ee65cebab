package org.disclosurehub.ingest;

import java.util.Map;

import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits is refused before any controller sees it, so the answer
 * comes from here: 413 with the usual error shape, not an HTML error page.
 */
@RestControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return ImportController.error(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.BAD_USER_INPUT, "The upload is larger than"
                + " this hub accepts (spring.servlet.multipart.max-file-size, max-request-size): split the dataset.",
                Map.of());
    }
}
