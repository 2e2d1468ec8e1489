package org.cooperationatlas.importing;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * One setting, {@code atlas.import.max-file-size}, governs every layer an upload passes. The servlet container
 * parses multipart requests before the atlas sees them, with Spring Boot's default limit of 1 MB, which would
 * refuse a real UN file with nothing but "Upload forbidden"; here it takes the atlas's limit, plus room for the
 * request's own headers, and writes every part straight to disk. The upload component refuses a larger file in
 * the browser, and the import page refuses one that gets past it, naming both sizes.
 */
@Configuration
class UploadLimits {

    // Room above the file's own limit for the multipart envelope, so that the page, not the container, refuses
    // a file slightly over it, with its size and the limit named.
    private static final DataSize ENVELOPE = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${atlas.import.max-file-size:50MB}") DataSize maxFileSize) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(maxFileSize.toBytes() + ENVELOPE.toBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(maxFileSize.toBytes() + 2 * ENVELOPE.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
